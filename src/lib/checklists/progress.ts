// Shape of the saved tick-off progress (the checklist store persists it). Pure functions: the store
// passes the raw stored string in and writes the serialized string out.
import type { ClientTypeId, DataCenterId, SdkLang } from '../schemas';

/** Bump when the stored shape changes; older records are reset with an `old_version` notice. */
export const PROGRESS_VERSION = 1;
/** Storage key, namespaced like the other stores. */
export const PROGRESS_STORAGE_KEY = 'zoho-guide:checklist';

/** Checklist key → ticked step ids. */
export type TickedSteps = Record<string, string[]>;

export interface StoredProgress {
	ticked: TickedSteps;
	/** Set when the stored record could not be used as it was and was reset or cleaned. */
	notice?: 'corrupted' | 'old_version';
}

const MAX_KEYS = 500;
const MAX_IDS = 200;
const KEY_RE = /^[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+$/;
const STEP_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The key progress is saved under: client type, data center and SDK language. Scopes do not
 * change which steps exist, so they are not part of it.
 * @example checklistKey({ clientType: 'self-client', dc: 'eu', lang: 'java' }) // 'self-client:eu:java'
 */
export function checklistKey(k: { clientType: ClientTypeId; dc: DataCenterId; lang?: SdkLang | undefined }): string {
	return `${k.clientType}:${k.dc}:${k.lang ?? 'none'}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a stored progress record. Never throws: `null` gives empty progress; unparsable JSON or a
 * wrong shape gives empty progress with `corrupted`; another version gives empty progress with
 * `old_version`. Entries with bad keys or step ids are dropped (notice `corrupted`), the rest kept.
 */
export function parseStoredProgress(raw: string | null, version: number = PROGRESS_VERSION): StoredProgress {
	if (raw === null || raw === undefined) return { ticked: {} };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ticked: {}, notice: 'corrupted' };
	}
	if (!isRecord(data) || typeof data['version'] !== 'number' || !isRecord(data['ticked']))
		return { ticked: {}, notice: 'corrupted' };
	if (data['version'] !== version) return { ticked: {}, notice: 'old_version' };
	const ticked: TickedSteps = Object.create(null) as TickedSteps;
	let dirty = false;
	const entries = Object.entries(data['ticked']);
	if (entries.length > MAX_KEYS) dirty = true;
	for (const [key, ids] of entries.slice(0, MAX_KEYS)) {
		if (!KEY_RE.test(key) || !Array.isArray(ids)) {
			dirty = true;
			continue;
		}
		const good = [...new Set(ids.filter((id): id is string => typeof id === 'string' && STEP_ID_RE.test(id)))];
		if (good.length !== ids.length || good.length > MAX_IDS) dirty = true;
		if (good.length > 0) ticked[key] = good.slice(0, MAX_IDS).sort();
	}
	return dirty ? { ticked: { ...ticked }, notice: 'corrupted' } : { ticked: { ...ticked } };
}

/** Serializes progress deterministically (sorted keys and ids, empty lists left out). */
export function serializeProgress(ticked: TickedSteps, version: number = PROGRESS_VERSION): string {
	const out: TickedSteps = {};
	for (const key of Object.keys(ticked).sort()) {
		const ids = [...new Set(ticked[key] ?? [])].sort();
		if (ids.length > 0) out[key] = ids;
	}
	return JSON.stringify({ version, ticked: out });
}

/** Returns new progress with one step ticked or unticked; the input is not changed. */
export function setStepTicked(ticked: TickedSteps, key: string, stepId: string, on: boolean): TickedSteps {
	const current = new Set(ticked[key] ?? []);
	if (on) current.add(stepId);
	else current.delete(stepId);
	const next: TickedSteps = { ...ticked };
	if (current.size > 0) next[key] = [...current].sort();
	else delete next[key];
	return next;
}

// URL codec for `/checklist/?type=<client type>&dc=<dc>&s=<scopes>&lang=<sdk>`. Decoding never throws:
// anything odd becomes a notice and the part falls back to "not chosen". The client ID is never read
// from or written to a URL.
import { CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS } from '../ids';
import { createNoticeList, readQuery } from '../query';
import type { ChecklistUrlState, ClientTypeId, DataCenterId, SdkLang } from '../schemas';
import { displayValue } from './placeholders';

/** Longest scope string accepted from a URL. */
export const MAX_SCOPES_LENGTH = 4000;
/** Longest query string looked at; the rest is ignored with a `too_long` notice. */
export const MAX_SEARCH_LENGTH = 16000;
/** At most this many notices are reported for one URL. */
export const MAX_NOTICES = 20;

export type ChecklistNoticeCode = 'unknown_param' | 'invalid_value' | 'repeated_param' | 'too_long';

export interface ChecklistNotice {
	code: ChecklistNoticeCode;
	/** Parameter name as found (truncated). */
	param: string;
	/** Offending value as plain text, truncated; empty for parameters whose value must not be echoed. */
	value: string;
}

export interface DecodedChecklistParams {
	state: ChecklistUrlState;
	notices: ChecklistNotice[];
}

const KEYS = ['type', 'dc', 's', 'lang'] as const;
type Key = (typeof KEYS)[number];
/** Parameters whose value is never echoed back, e.g. a client ID pasted into a link. */
const PRIVATE_PARAM_RE = /client|secret|token|code/i;

function pick<T extends string>(allowed: readonly T[], value: string): T | undefined {
	const v = value.trim().toLowerCase();
	return allowed.find((a) => a === v);
}

/**
 * Reads checklist state from a query string (with or without the leading `?`). Unknown,
 * repeated, malformed or over-long parameters are ignored and reported as notices; a repeated
 * parameter keeps its first value. Empty values count as "not chosen".
 * @example decodeChecklistParams('?type=self-client&dc=eu') // { state: { clientType: 'self-client', dc: 'eu' }, notices: [] }
 */
export function decodeChecklistParams(search: string): DecodedChecklistParams {
	const state: ChecklistUrlState = {};
	const { notices, add: notice } = createNoticeList<ChecklistNotice>(MAX_NOTICES);
	const read = readQuery(search, MAX_SEARCH_LENGTH);
	if (read.overflow !== null) notice({ code: 'too_long', param: '', value: '' });
	const seen = new Set<Key>();
	for (const { rawKey, rawValue, key: decodedKey, value } of read.pairs) {
		const key = decodedKey ?? rawKey;
		const param = displayValue(key, 40);
		if (!(KEYS as readonly string[]).includes(key)) {
			notice({ code: 'unknown_param', param, value: PRIVATE_PARAM_RE.test(key) ? '' : displayValue(value ?? rawValue) });
			continue;
		}
		const k = key as Key;
		if (seen.has(k)) {
			notice({ code: 'repeated_param', param, value: displayValue(value ?? rawValue) });
			continue;
		}
		seen.add(k);
		if (value === null) {
			notice({ code: 'invalid_value', param, value: displayValue(rawValue) });
			continue;
		}
		if (value === '') continue;
		if (k === 's') {
			if (value.length > MAX_SCOPES_LENGTH) notice({ code: 'too_long', param, value: displayValue(value) });
			else state.scopes = value;
			continue;
		}
		const parsed =
			k === 'type' ? pick<ClientTypeId>(CLIENT_TYPE_IDS, value)
			: k === 'dc' ? pick<DataCenterId>(DC_IDS, value)
			: pick<SdkLang>(SDK_LANGS, value);
		if (parsed === undefined) {
			notice({ code: 'invalid_value', param, value: displayValue(value) });
			continue;
		}
		if (k === 'type') state.clientType = parsed as ClientTypeId;
		else if (k === 'dc') state.dc = parsed as DataCenterId;
		else state.lang = parsed as SdkLang;
	}
	return { state, notices };
}

/** Percent-encodes a value but keeps commas readable, as scope lists are comma-separated. */
function encodeValue(v: string): string {
	return encodeURIComponent(v).replace(/%2C/gi, ',');
}

/**
 * Writes checklist state as a query string in the canonical order `type`, `dc`, `s`, `lang`,
 * leaving out parts not chosen; returns `''` when nothing is chosen, otherwise a string starting
 * with `?`. Only these four keys are ever written — never a client ID, even if the object has one.
 */
export function encodeChecklistParams(state: ChecklistUrlState): string {
	const parts: string[] = [];
	if (state.clientType) parts.push(`type=${encodeValue(state.clientType)}`);
	if (state.dc) parts.push(`dc=${encodeValue(state.dc)}`);
	if (state.scopes && state.scopes.length <= MAX_SCOPES_LENGTH) parts.push(`s=${encodeValue(state.scopes)}`);
	if (state.lang) parts.push(`lang=${encodeValue(state.lang)}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

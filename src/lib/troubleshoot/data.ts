// From parsed content to the troubleshooter's data: only what the engine and the page need, so the
// file the island loads on first use stays small. Build time and tests use the same function.
import type { TroubleshootCause, TroubleshootCue, TroubleshootError } from '../schemas/troubleshoot';
import type { TokenFact } from '../schemas/token-fact';
import type { DataCenter } from '../schemas/data-center';
import type { MessageContext } from './messages';
import type { CauseRule, Cue, TroubleshootData, TroubleshootDataCenter, TroubleshootFact, VocabularyEntry } from './types';

/** The content collections the troubleshooter reads. */
export interface TroubleshootContent {
	troubleshootCauses: readonly TroubleshootCause[];
	troubleshootErrors: readonly TroubleshootError[];
	troubleshootCues: readonly TroubleshootCue[];
	tokenFacts: readonly TokenFact[];
	dataCenters: readonly DataCenter[];
}

/**
 * What the troubleshooter loads on first use (`/data/troubleshoot.json`): the engine's data without
 * the catalog, and the names its wording uses.
 */
export interface TroubleshootDataFile {
	data: TroubleshootData;
	names: MessageContext;
}

/**
 * The troubleshooter's rules, vocabulary, cues, facts and data centers from content (no catalog:
 * endpoints and the scope index are added by the caller when loaded). The vocabulary's sources stay
 * in content (the page lists them); the engine needs only literals, meaning and causes.
 */
export function toTroubleshootData(c: TroubleshootContent): TroubleshootData {
	const causes: CauseRule[] = c.troubleshootCauses.map((x) => ({
		id: x.id,
		title: x.title,
		summary: x.summary,
		confirm: x.confirm,
		fix: x.fix,
		triggers: x.triggers,
		weights: x.weights,
		prior: x.prior,
		facts: x.facts,
		checklist: x.checklist,
		composer: x.composer,
		fallback: x.fallback,
		sources: x.sources,
	}));
	const errors: VocabularyEntry[] = c.troubleshootErrors.map((e) => ({
		id: e.id,
		service: e.service,
		where: e.where,
		codes: e.codes,
		numbers: e.numbers,
		phrases: e.phrases,
		meaning: e.meaning,
		causes: e.causes,
	}));
	const cues: Cue[] = c.troubleshootCues.map((q) => ({ signal: q.signal, phrases: q.phrases }));
	// Only the facts a cause shows, and error facts (they explain errors no cause covers).
	const shown = new Set(causes.flatMap((x) => x.facts));
	const facts: TroubleshootFact[] = c.tokenFacts.filter((f) => f.kind === 'error' || shown.has(f.id)).map((f) => ({ id: f.id, kind: f.kind, title: f.title, claims: f.claims, causes: f.causes, fix: f.fix, sources: f.sources }));
	const dataCenters: TroubleshootDataCenter[] = c.dataCenters.map((d) => ({
		id: d.id,
		name: d.name,
		location: d.location,
		accountsServer: d.accountsServer,
		apiDomain: d.apiDomain,
		consoleUrl: d.consoleUrl,
		disputed: d.disputed.map((x) => ({ value: x.value })),
	}));
	return { causes, errors, cues, facts, dataCenters };
}

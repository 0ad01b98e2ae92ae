import { ANSWER_KEYS, type AnswerKey, type Answers, type ClientTypeId } from './answers';
import type { Evaluation } from './evaluate';

/** Conflict codes: answer combinations that pull in different directions. Stable API. */
export const CONFLICT_CODES = [
	'own_account_public_client',
	'others_need_consent_step',
	'script_with_web_ui',
	'browser_without_ui',
	'browser_needs_redirect',
	'device_with_web_ui',
	'device_with_redirect',
	'mobile_with_web_ui',
	'no_clean_fit',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** Two or more answers that do not sit well together, as data; messages.ts words it. */
export interface Conflict {
	code: ConflictCode;
	/** The questions involved, in canonical order: changing one of them resolves the conflict. */
	questions: AnswerKey[];
	/** The answers involved, e.g. `{ runtime: 'script', webui: 'yes' }`. */
	answers: Partial<Answers>;
	/** Types that still work despite the conflict (the recommended one or the possible ones). */
	options: ClientTypeId[];
}

interface ConflictRule {
	code: Exclude<ConflictCode, 'no_clean_fit'>;
	/** Matches when every listed answer is given with one of the listed values. */
	when: { [K in AnswerKey]?: readonly Answers[K][] };
}

/** Pairs (and one triple) of answers that contradict each other or need explaining. */
const CONFLICT_RULES: readonly ConflictRule[] = [
	// Self Client would match "only me", but its secret needs a back end you control.
	{ code: 'own_account_public_client', when: { accounts: ['own'], runtime: ['browser', 'mobile', 'device'] } },
	// Other people must consent: through a redirect back to you, or a device code.
	{ code: 'others_need_consent_step', when: { accounts: ['others'], runtime: ['server', 'script'], redirect: ['no'] } },
	// Nobody at the keyboard, yet pages to serve: probably a web server.
	{ code: 'script_with_web_ui', when: { runtime: ['script'], webui: ['yes'] } },
	{ code: 'browser_without_ui', when: { runtime: ['browser'], webui: ['no'] } },
	// The implicit flow returns the token on the redirect URI.
	{ code: 'browser_needs_redirect', when: { runtime: ['browser'], redirect: ['no'] } },
	{ code: 'device_with_web_ui', when: { runtime: ['device'], webui: ['yes'] } },
	{ code: 'device_with_redirect', when: { runtime: ['device'], redirect: ['yes'] } },
	{ code: 'mobile_with_web_ui', when: { runtime: ['mobile'], webui: ['yes'] } },
];

function matches(rule: ConflictRule, answers: Partial<Answers>): boolean {
	return Object.entries(rule.when).every(([key, values]) => {
		const v = answers[key as AnswerKey];
		return v !== undefined && (values as readonly string[]).includes(v);
	});
}

function pick(answers: Partial<Answers>, keys: readonly AnswerKey[]): Partial<Answers> {
	const out: Partial<Record<AnswerKey, string>> = {};
	for (const k of keys) if (answers[k] !== undefined) out[k] = answers[k];
	return out as Partial<Answers>;
}

/**
 * Finds the answer combinations that conflict, given the answers and their evaluation. When the
 * outcome is `settled` (no unanswered question could change it) and no type is recommended, at
 * least one conflict is returned, so a finished wizard always ends in a recommendation or an
 * explained conflict.
 */
export function detectConflicts(answers: Partial<Answers>, evaluation: Evaluation, settled: boolean): Conflict[] {
	const possible = evaluation.standings.filter((s) => s.standing === 'possible').map((s) => s.id);
	const options = evaluation.recommended ? [evaluation.recommended] : possible;
	const found: Conflict[] = CONFLICT_RULES.filter((r) => matches(r, answers)).map((r) => {
		const questions = ANSWER_KEYS.filter((k) => k in r.when);
		return { code: r.code, questions, answers: pick(answers, questions), options };
	});
	const answered = ANSWER_KEYS.filter((k) => answers[k] !== undefined);
	if (found.length === 0 && evaluation.recommended === null && settled && answered.length > 0) {
		found.push({ code: 'no_clean_fit', questions: answered, answers: pick(answers, answered), options });
	}
	return found;
}

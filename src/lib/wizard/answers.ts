import { CLIENT_TYPE_IDS, WIZARD_ANSWER_VALUES, WIZARD_QUESTION_IDS, type ClientTypeId } from '../ids';

export { CLIENT_TYPE_IDS, WIZARD_ANSWER_VALUES, WIZARD_QUESTION_IDS };
export type { ClientTypeId };

/** A wizard question id, which is also its URL parameter: `accounts`, `runtime`, `webui`, `redirect`. */
export type AnswerKey = (typeof WIZARD_QUESTION_IDS)[number];

/** The values one question accepts, e.g. `AnswerValue<'webui'>` is `'yes' | 'no'`. */
export type AnswerValue<K extends AnswerKey = AnswerKey> = (typeof WIZARD_ANSWER_VALUES)[K][number];

/** A full answer set. Engine inputs are `Partial<Answers>`: a missing key means unanswered. */
export type Answers = { [K in AnswerKey]: AnswerValue<K> };

/** The answer keys in the engine's canonical order (also the URL parameter order). */
export const ANSWER_KEYS: readonly AnswerKey[] = WIZARD_QUESTION_IDS;

/**
 * Tells whether `value` is an answer the engine knows for `key`.
 * @example isAnswerValue('runtime', 'script') // true
 */
export function isAnswerValue<K extends AnswerKey>(key: K, value: unknown): value is AnswerValue<K> {
	return typeof value === 'string' && (WIZARD_ANSWER_VALUES[key] as readonly string[]).includes(value);
}

/** Tells whether `key` is one of the four answer keys. */
export function isAnswerKey(key: unknown): key is AnswerKey {
	return typeof key === 'string' && (WIZARD_QUESTION_IDS as readonly string[]).includes(key);
}

/**
 * Copies the answered keys in canonical order, dropping unanswered and unknown ones, so two
 * answer sets with the same answers compare equal.
 */
export function normalizeAnswers(answers: Partial<Answers>): Partial<Answers> {
	const out: Partial<Record<AnswerKey, string>> = {};
	if (typeof answers !== 'object' || answers === null) return {};
	for (const key of ANSWER_KEYS) {
		const v = answers[key];
		if (isAnswerValue(key, v)) out[key] = v;
	}
	return out as Partial<Answers>;
}

/** The questions not answered yet, in canonical order. */
export function listUnanswered(answers: Partial<Answers>): AnswerKey[] {
	return ANSWER_KEYS.filter((k) => answers[k] === undefined);
}

/**
 * Every answer set reachable by answering some of the `keys` (each key: unanswered or any value),
 * starting from `base`. With `keys` = all four and an empty base this is all 162 combinations.
 */
export function enumerateAnswerSets(
	keys: readonly AnswerKey[] = ANSWER_KEYS,
	base: Partial<Answers> = {},
	{ includeUnanswered = true }: { includeUnanswered?: boolean } = {},
): Partial<Answers>[] {
	let sets: Partial<Answers>[] = [{ ...base }];
	for (const key of keys) {
		const next: Partial<Answers>[] = [];
		for (const s of sets) {
			if (includeUnanswered) next.push(s);
			for (const v of WIZARD_ANSWER_VALUES[key]) next.push({ ...s, [key]: v });
		}
		sets = next;
	}
	return sets;
}

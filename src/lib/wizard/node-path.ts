// The path of a /decide/ page from its answers, and back: segments `<question>-<value>` in the
// tree's asking order. Free of zod, so the routes (and with them the islands) can use it.
import { ANSWER_KEYS, isAnswerKey, isAnswerValue, type AnswerKey, type Answers } from './answers';

/**
 * Turns answers into a tree-node path, segments `<question>-<value>` in question order.
 * @example answersToNodePath({ runtime: 'script', accounts: 'own' }) // 'accounts-own/runtime-script'
 */
export function answersToNodePath(answers: Partial<Answers>, order: readonly AnswerKey[] = ANSWER_KEYS): string {
	return order
		.filter((k) => isAnswerValue(k, answers[k]))
		.map((k) => `${k}-${answers[k] as string}`)
		.join('/');
}

/**
 * Reads the answers back from a node path (with or without a leading `decide/` and slashes at the
 * ends). Returns null for anything that is not a valid path: unknown segment, repeated question.
 * @example nodePathToAnswers('decide/accounts-own/runtime-script/') // { accounts: 'own', runtime: 'script' }
 */
export function nodePathToAnswers(path: string): Partial<Answers> | null {
	const segments = path.trim().split('/').filter((s) => s !== '');
	if (segments[0] === 'decide') segments.shift();
	const answers: Partial<Record<AnswerKey, string>> = {};
	for (const segment of segments) {
		const dash = segment.indexOf('-');
		const key = segment.slice(0, dash);
		const value = segment.slice(dash + 1);
		if (dash < 0 || !isAnswerKey(key) || !isAnswerValue(key, value) || answers[key] !== undefined) return null;
		answers[key] = value;
	}
	const ordered: Partial<Record<AnswerKey, string>> = {};
	for (const k of ANSWER_KEYS) if (answers[k] !== undefined) ordered[k] = answers[k];
	return ordered as Partial<Answers>;
}

import { WIZARD_ANSWER_VALUES, enumerateAnswerSets, listUnanswered, normalizeAnswers, type AnswerKey, type Answers } from './answers';
import { evaluateStandings, outcomeKey } from './evaluate';

/**
 * Lists the unanswered questions whose answer could still change the advice (the recommended type
 * or any type's standing), in canonical order.
 *
 * A question counts when some value of it changes the outcome, either now or after any mix of the
 * other unanswered questions is answered. So once this list is empty, no way of answering the rest
 * changes the advice, and a wizard may stop asking.
 */
export function findPendingQuestions(input: Partial<Answers>): AnswerKey[] {
	const answers = normalizeAnswers(input);
	const unanswered = listUnanswered(answers);
	const memo = new Map<string, string>();
	const outcomeOf = (a: Partial<Answers>): string => {
		const key = JSON.stringify(normalizeAnswers(a));
		let out = memo.get(key);
		if (out === undefined) {
			out = outcomeKey(evaluateStandings(a));
			memo.set(key, out);
		}
		return out;
	};
	return unanswered.filter((question) => {
		const others = unanswered.filter((k) => k !== question);
		return enumerateAnswerSets(others, answers).some((base) => {
			const here = outcomeOf(base);
			return WIZARD_ANSWER_VALUES[question].some((v) => outcomeOf({ ...base, [question]: v }) !== here);
		});
	});
}

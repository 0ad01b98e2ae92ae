import { ANSWER_KEYS, normalizeAnswers, type AnswerKey, type Answers, type ClientTypeId } from './answers';
import { detectConflicts, type Conflict } from './conflicts';
import { evaluateStandings, type TypeStanding } from './evaluate';
import { neededParts, type FitGap, type NeededPart } from './gaps';
import { findPendingQuestions } from './pending';

/** The wizard's full answer: what to register, how each type stands, and what is left to ask. */
export interface Recommendation {
	/** The type to register, or null while answers tie or conflict. */
	recommended: ClientTypeId | null;
	/** All five types in `CLIENT_TYPE_IDS` order, each with at least one reason. */
	standings: TypeStanding[];
	/** Answer combinations that pull in different directions, with the types that still work. */
	conflicts: Conflict[];
	/**
	 * Defining conditions of the recommended type that the answers lack (e.g. Server-based with no
	 * web pages); empty when it fits cleanly.
	 */
	gaps: FitGap[];
	/** What the app will still need because of `gaps`, e.g. a page that starts consent. */
	needs: NeededPart[];
	/** Unanswered questions that could still change the advice, in canonical order. */
	pending: AnswerKey[];
	/** Answered questions, in canonical order. */
	answered: AnswerKey[];
	/** True when nothing is pending: answering the remaining questions would not change the advice. */
	complete: boolean;
}

/**
 * Recommends a Zoho client type for a (partial) set of wizard answers. Never throws; unknown keys
 * and values are ignored.
 * @example recommendClientType({ accounts: 'own', runtime: 'script', webui: 'no', redirect: 'no' }).recommended // 'self-client'
 */
export function recommendClientType(input: Partial<Answers>): Recommendation {
	const answers = normalizeAnswers(input);
	const evaluation = evaluateStandings(answers);
	const pending = findPendingQuestions(answers);
	const complete = pending.length === 0;
	return {
		recommended: evaluation.recommended,
		standings: evaluation.standings,
		gaps: evaluation.gaps,
		needs: neededParts(evaluation.gaps),
		conflicts: detectConflicts(answers, evaluation, complete),
		pending,
		answered: ANSWER_KEYS.filter((k) => answers[k] !== undefined),
		complete,
	};
}

/** The engine signature that `buildDecisionTree` takes, so tests can inject a stub. */
export type RecommendFn = (answers: Partial<Answers>) => Recommendation;

import { ANSWER_KEYS, CLIENT_TYPE_IDS, normalizeAnswers, type AnswerKey, type Answers, type ClientTypeId } from './answers';
import { findFitGaps, type FitGap } from './gaps';
import { lookUpRule, type AnswerReasonCode, type ReasonEffect } from './rules';

/** Reasons the engine adds about a type's place in the ranking, not tied to one answer. */
export const STANDING_REASON_CODES = [
	'awaiting_answers',
	'best_fit',
	'only_option_left',
	'closest_fit_with_gaps',
	'other_type_fits_better',
	'tied_with_other_type',
	'fits_only_with_changes',
] as const;
export type StandingReasonCode = (typeof STANDING_REASON_CODES)[number];

/** Every reason code the engine can emit. */
export type ReasonCode = AnswerReasonCode | StandingReasonCode;

/** One reason for a type's standing, as data; `describeReason` in messages.ts words it. */
export interface Reason {
	code: ReasonCode;
	effect: ReasonEffect;
	/** The question whose answer produced this reason, if any. */
	question?: AnswerKey;
	/** That answer's value. */
	value?: string;
	/** Another type this reason compares with (e.g. the recommended one). */
	other?: ClientTypeId;
}

/** Where a type stands for the given answers. */
export type Standing = 'recommended' | 'possible' | 'ruled-out';

/** A type's standing with the reasons for it: blocking reasons first, then strains, fits, neutral. */
export interface TypeStanding {
	id: ClientTypeId;
	standing: Standing;
	reasons: Reason[];
	/** Sum of the weights of fitting answers; only used for ranking. */
	score: number;
}

/** The engine's verdict without conflicts or look-ahead: what `recommendClientType` builds on. */
export interface Evaluation {
	recommended: ClientTypeId | null;
	standings: TypeStanding[];
	/** Defining conditions of the recommended type that the answers lack; empty for a clean fit. */
	gaps: FitGap[];
}

const EFFECT_ORDER: Record<ReasonEffect, number> = { blocks: 0, strains: 1, fits: 2, neutral: 3 };

/**
 * Ranks the five client types for a (partial) answer set.
 *
 * A type is ruled out by any blocking answer. Among the rest, the recommended type is the one with
 * the highest score among those with no strained answer; when every remaining type is strained,
 * only a sole survivor is recommended. A tie at the top, or an unanswered `runtime`, leaves
 * `recommended` null. When the answers lack one of the recommended type's defining conditions
 * (`gaps`), its first reason is `closest_fit_with_gaps` instead of `best_fit`: not a clean fit.
 */
export function evaluateStandings(input: Partial<Answers>): Evaluation {
	const answers = normalizeAnswers(input);
	const answered = ANSWER_KEYS.filter((k) => answers[k] !== undefined);
	const rows = CLIENT_TYPE_IDS.map((id) => {
		const reasons: Reason[] = answered.map((question) => {
			const value = answers[question] as string;
			const rule = lookUpRule(question, value as never, id);
			return { code: rule.code, effect: rule.effect, question, value };
		});
		const score = answered.reduce((sum, q) => sum + lookUpRule(q, answers[q] as never, id).weight, 0);
		const blocked = reasons.some((r) => r.effect === 'blocks');
		const strained = reasons.some((r) => r.effect === 'strains');
		return { id, reasons, score, blocked, strained };
	});

	const alive = rows.filter((r) => !r.blocked);
	const clean = alive.filter((r) => !r.strained);
	const pool = clean.length > 0 ? clean : alive.length === 1 ? alive : [];
	const top = Math.max(...pool.map((r) => r.score), -1);
	const leaders = pool.filter((r) => r.score === top);
	// Where the code runs decides which flows are possible at all, so no type is recommended before
	// that is known; the other answers only narrow the field.
	const decisive = answers.runtime !== undefined;
	const recommended = decisive && leaders.length === 1 ? (leaders[0]?.id ?? null) : null;
	const gaps = recommended ? findFitGaps(recommended, answers) : [];

	const standings = rows.map((r): TypeStanding => {
		const standing: Standing = r.blocked ? 'ruled-out' : r.id === recommended ? 'recommended' : 'possible';
		const reasons = [...r.reasons].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]);
		if (answered.length === 0) {
			reasons.push({ code: 'awaiting_answers', effect: 'neutral' });
		} else if (standing === 'recommended') {
			reasons.unshift(
				gaps.length > 0 ? { code: 'closest_fit_with_gaps', effect: 'strains' }
				: alive.length === 1 ? { code: 'only_option_left', effect: 'fits' }
				: { code: 'best_fit', effect: 'fits' },
			);
		} else if (standing === 'possible') {
			if (r.strained) {
				reasons.unshift({ code: 'fits_only_with_changes', effect: 'strains' });
			} else if (recommended) {
				reasons.unshift({ code: 'other_type_fits_better', effect: 'neutral', other: recommended });
			} else if (leaders.length > 1 && r.score === top) {
				const other = leaders.find((l) => l.id !== r.id)?.id;
				reasons.unshift({ code: 'tied_with_other_type', effect: 'neutral', ...(other ? { other } : {}) });
			}
		}
		return { id: r.id, standing, reasons, score: r.score };
	});
	return { recommended, standings, gaps };
}

/**
 * A compact key of what the user would see change: the recommended type, each type's standing and
 * the gaps in the recommended type's fit. Two answer sets with the same key lead to the same advice.
 */
export function outcomeKey(e: Evaluation): string {
	return `${e.recommended ?? '-'}|${e.standings.map((s) => s.standing).join(',')}|${e.gaps.map((g) => g.code).join(',')}`;
}

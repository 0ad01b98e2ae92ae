import type { AnswerKey, Answers, ClientTypeId } from './answers';

// A client type can be the best of the five for an app and still not describe it: Zoho's CRM
// "Register your application" page (which points to Kaizen #133 for Self Client vs Server-based)
// describes a Server-based client as an app with both a dedicated back-end server and a web UI,
// and a Self Client as back-end work, without web UI or redirect, for the account that runs it.
// When the answers lack one of the recommended type's defining conditions, the result says so and
// lists the parts the app still needs instead of presenting the type as a clean fit.
// https://zoho.com/crm/developer/docs/api/v7/register-client.html

/** Parts an app must add to work with a type it does not fully match. Stable API. */
export const NEEDED_PART_CODES = ['web_server', 'consent_page', 'redirect_endpoint', 'web_page', 'redirect_page'] as const;
export type NeededPart = (typeof NEEDED_PART_CODES)[number];

/** Which defining condition of a type the answers lack. Stable API: messages and tests key off them. */
export const FIT_GAP_CODES = ['no_dedicated_server', 'no_web_ui', 'no_redirect_endpoint', 'not_own_account', 'no_back_end', 'no_web_page', 'no_redirect_page'] as const;
export type FitGapCode = (typeof FIT_GAP_CODES)[number];

interface DefiningCondition {
	code: FitGapCode;
	question: AnswerKey;
	/** The answers that meet the condition. */
	meets: readonly string[];
	/** What the app must add when the answer is another one. */
	needs: readonly NeededPart[];
}

/** Each type's defining conditions; an unanswered question never counts as a gap. */
const DEFINING: Record<ClientTypeId, readonly DefiningCondition[]> = {
	'server-based': [
		{ code: 'no_dedicated_server', question: 'runtime', meets: ['server'], needs: ['web_server', 'consent_page', 'redirect_endpoint'] },
		{ code: 'no_web_ui', question: 'webui', meets: ['yes'], needs: ['consent_page', 'redirect_endpoint'] },
		{ code: 'no_redirect_endpoint', question: 'redirect', meets: ['yes'], needs: ['redirect_endpoint'] },
	],
	// Both are also blocking rules, so a recommended Self Client always meets them; listed so the
	// definition is complete in one place.
	'self-client': [
		{ code: 'not_own_account', question: 'accounts', meets: ['own'], needs: [] },
		{ code: 'no_back_end', question: 'runtime', meets: ['server', 'script'], needs: [] },
	],
	'client-based': [
		{ code: 'no_web_page', question: 'webui', meets: ['yes'], needs: ['web_page', 'redirect_page'] },
		{ code: 'no_redirect_page', question: 'redirect', meets: ['yes'], needs: ['redirect_page'] },
	],
	'non-browser': [],
	mobile: [],
};

/** A defining condition of a type that the answers lack, with what the app will still need. */
export interface FitGap {
	code: FitGapCode;
	type: ClientTypeId;
	question: AnswerKey;
	/** The answer given, e.g. `no`. */
	value: string;
	needs: NeededPart[];
}

/**
 * The defining conditions of `type` that the (partial) answers contradict, in question order.
 * @example findFitGaps('server-based', { runtime: 'server', webui: 'no' }) // [{ code: 'no_web_ui', … needs: ['consent_page', 'redirect_endpoint'] }]
 */
export function findFitGaps(type: ClientTypeId, answers: Partial<Answers>): FitGap[] {
	return DEFINING[type].flatMap((c) => {
		const value = answers[c.question];
		return value === undefined || c.meets.includes(value) ? [] : [{ code: c.code, type, question: c.question, value, needs: [...c.needs] }];
	});
}

/** Every part the gaps call for, once each, in a fixed order. */
export function neededParts(gaps: readonly FitGap[]): NeededPart[] {
	const wanted = new Set(gaps.flatMap((g) => g.needs));
	return NEEDED_PART_CODES.filter((p) => wanted.has(p));
}

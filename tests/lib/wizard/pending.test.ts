import { describe, expect, it } from 'vitest';
import {
	ANSWER_KEYS,
	WIZARD_ANSWER_VALUES,
	enumerateAnswerSets,
	evaluateStandings,
	findPendingQuestions,
	listUnanswered,
	outcomeKey,
	type Answers,
} from '../../../src/lib/wizard';

const ALL = enumerateAnswerSets();

describe('findPendingQuestions', () => {
	it('asks everything at the start', () => {
		expect(findPendingQuestions({})).toEqual(['accounts', 'runtime', 'webui', 'redirect']);
	});

	it.each([
		// A browser-only app still needs a web page and a redirect page: both answers can reveal a gap.
		{ a: { runtime: 'browser' }, pending: ['webui', 'redirect'] },
		{ a: { runtime: 'mobile' }, pending: [] },
		{ a: { runtime: 'device' }, pending: [] },
		{ a: { accounts: 'own', runtime: 'script' }, pending: [] },
		{ a: { accounts: 'others' }, pending: ['runtime', 'webui', 'redirect'] },
		{ a: { accounts: 'others', runtime: 'server' }, pending: ['webui', 'redirect'] },
		{ a: { accounts: 'own', runtime: 'server' }, pending: ['webui', 'redirect'] },
		{ a: { runtime: 'script' }, pending: ['accounts', 'webui', 'redirect'] },
	] as const)('$a → pending $pending', ({ a, pending }) => {
		expect(findPendingQuestions(a)).toEqual(pending);
	});

	it('skips questions that can no longer change the advice', () => {
		// Once "only my account" and "a script" are known, Self Client fits whatever the rest says.
		expect(findPendingQuestions({ accounts: 'own', runtime: 'script' })).toEqual([]);
	});

	it('still asks about web pages when Server-based is ahead: without them it is not a clean fit', () => {
		expect(findPendingQuestions({ accounts: 'others', runtime: 'server', redirect: 'yes' })).toEqual(['webui']);
	});

	it.each(ALL.map((a) => ({ a, name: JSON.stringify(a) })))('$name: a skipped question never changes the outcome', ({ a }) => {
		const pending = findPendingQuestions(a);
		const here = outcomeKey(evaluateStandings(a));
		for (const k of listUnanswered(a).filter((x) => !pending.includes(x))) {
			for (const v of WIZARD_ANSWER_VALUES[k]) {
				expect(outcomeKey(evaluateStandings({ ...a, [k]: v } as Partial<Answers>))).toBe(here);
			}
		}
		// And when nothing is pending, every way of answering the rest gives the same outcome.
		if (pending.length === 0) {
			for (const done of enumerateAnswerSets(listUnanswered(a), a)) {
				expect(outcomeKey(evaluateStandings(done))).toBe(here);
			}
		}
	});

	it('lists nothing once every question is answered', () => {
		for (const a of enumerateAnswerSets(ANSWER_KEYS, {}, { includeUnanswered: false })) expect(findPendingQuestions(a)).toEqual([]);
	});
});

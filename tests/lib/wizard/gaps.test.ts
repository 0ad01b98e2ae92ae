// The wizard follows Zoho's type descriptions (CRM "Register your application", pointing to Kaizen
// #133): Server-based is for an app with both a dedicated back-end server and a web UI, Self Client
// for back-end work on your own account. A recommendation that lacks a defining condition is not a
// clean fit: it says so and names what the app still needs.
import { describe, expect, it } from 'vitest';
import {
	ANSWER_KEYS,
	describeFitGap,
	describeNeededPart,
	enumerateAnswerSets,
	findFitGaps,
	NEEDED_PART_CODES,
	neededParts,
	recommendClientType,
	type Answers,
} from '../../../src/lib/wizard';

const first = (a: Partial<Answers>) => recommendClientType(a).standings.find((s) => s.standing === 'recommended')?.reasons[0]?.code;

describe('findFitGaps', () => {
	it.each([
		{ type: 'server-based', a: { runtime: 'server', webui: 'no' }, gaps: ['no_web_ui'] },
		{ type: 'server-based', a: { runtime: 'script', webui: 'no', redirect: 'no' }, gaps: ['no_dedicated_server', 'no_web_ui', 'no_redirect_endpoint'] },
		{ type: 'server-based', a: { runtime: 'server', webui: 'yes', redirect: 'yes' }, gaps: [] },
		{ type: 'server-based', a: { runtime: 'server' }, gaps: [] },
		{ type: 'client-based', a: { runtime: 'browser', webui: 'no' }, gaps: ['no_web_page'] },
		{ type: 'self-client', a: { accounts: 'own', runtime: 'script', webui: 'yes' }, gaps: [] },
		{ type: 'mobile', a: { runtime: 'mobile', webui: 'yes', redirect: 'no' }, gaps: [] },
	] as const)('$type with $a → $gaps', ({ type, a, gaps }) => {
		expect(findFitGaps(type, a).map((g) => g.code)).toEqual(gaps);
	});

	it('merges the parts the gaps call for, in a fixed order', () => {
		expect(neededParts(findFitGaps('server-based', { runtime: 'script', webui: 'no' }))).toEqual(['web_server', 'consent_page', 'redirect_endpoint']);
		expect(neededParts([])).toEqual([]);
	});
});

describe('recommendClientType and gaps', () => {
	it('Server-based with no web pages: recommended, but not as a clean fit, naming the consent page and redirect endpoint', () => {
		const r = recommendClientType({ accounts: 'others', runtime: 'server', webui: 'no', redirect: 'yes' });
		expect(r.recommended).toBe('server-based');
		expect(r.gaps.map((g) => g.code)).toEqual(['no_web_ui']);
		expect(r.needs).toEqual(['consent_page', 'redirect_endpoint']);
		expect(first({ accounts: 'others', runtime: 'server', webui: 'no', redirect: 'yes' })).toBe('closest_fit_with_gaps');
		expect(describeFitGap(r.gaps[0]!)).toBe(
			'Zoho describes Server-based clients as apps with both a dedicated back-end server and a web UI; you answered that your app has no web pages.',
		);
		expect(r.needs.map((p) => describeNeededPart(p))).toEqual([
			"A page that starts consent: a “Connect Zoho” link or button that sends the user to Zoho's authorization URL.",
			'The redirect endpoint: an HTTPS address on your server, registered as the redirect URI, that receives the code and exchanges it for tokens.',
		]);
	});

	it('the Kaizen benchmarks stay clean fits', () => {
		expect(recommendClientType({ accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'yes' })).toMatchObject({ recommended: 'server-based', gaps: [], needs: [] });
		expect(first({ accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'yes' })).toBe('best_fit');
		expect(recommendClientType({ accounts: 'own', runtime: 'script', webui: 'no', redirect: 'no' })).toMatchObject({ recommended: 'self-client', gaps: [], needs: [] });
	});

	it('a script for other people’s accounts gets Server-based with the web server, consent page and redirect endpoint it lacks', () => {
		const r = recommendClientType({ accounts: 'others', runtime: 'script', webui: 'no', redirect: 'yes' });
		expect(r.recommended).toBe('server-based');
		expect(r.needs).toEqual(['web_server', 'consent_page', 'redirect_endpoint']);
	});

	it.each(enumerateAnswerSets().map((a) => ({ a, name: JSON.stringify(a) })))('$name: gaps and wording agree', ({ a }) => {
		const r = recommendClientType(a);
		const reasons = r.standings.find((s) => s.standing === 'recommended')?.reasons.map((x) => x.code) ?? [];
		if (r.recommended === null) expect(r.gaps).toEqual([]);
		else if (r.gaps.length > 0) {
			expect(reasons[0]).toBe('closest_fit_with_gaps');
			expect(reasons).not.toContain('best_fit');
			for (const g of r.gaps) expect(a[g.question]).toBe(g.value);
		} else expect(['best_fit', 'only_option_left']).toContain(reasons[0]);
		// A recommended Self Client always meets its definition: back end, own account.
		if (r.recommended === 'self-client') expect(r.gaps).toEqual([]);
		for (const p of r.needs) expect(NEEDED_PART_CODES).toContain(p);
	});

	it('a finished wizard never hides a gap: every question that could reveal one is asked', () => {
		for (const a of enumerateAnswerSets()) {
			const r = recommendClientType(a);
			if (!r.complete || !r.recommended) continue;
			for (const done of enumerateAnswerSets(ANSWER_KEYS.filter((k) => a[k] === undefined), a))
				expect(recommendClientType(done).gaps, JSON.stringify(done)).toEqual(r.gaps);
		}
	});
});

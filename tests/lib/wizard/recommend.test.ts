import { describe, expect, it } from 'vitest';
import {
	ANSWER_KEYS,
	CLIENT_TYPE_IDS,
	enumerateAnswerSets,
	recommendClientType,
	type Answers,
	type ClientTypeId,
} from '../../../src/lib/wizard';

const ALL = enumerateAnswerSets();
const COMPLETE = ALL.filter((a) => ANSWER_KEYS.every((k) => a[k] !== undefined));
const label = (a: Partial<Answers>): string => JSON.stringify(a);
const standingOf = (a: Partial<Answers>, id: ClientTypeId) =>
	recommendClientType(a).standings.find((s) => s.id === id)?.standing;

describe('recommendClientType: all 162 combinations', () => {
	it('enumerates 162 answer sets, 40 of them complete', () => {
		expect(ALL).toHaveLength(162);
		expect(COMPLETE).toHaveLength(40);
	});

	it.each(ALL.map((a) => ({ a, name: label(a) })))('$name gives a defined, explained result', ({ a }) => {
		const r = recommendClientType(a);
		expect(r.standings.map((s) => s.id)).toEqual([...CLIENT_TYPE_IDS]);
		for (const s of r.standings) {
			expect(['recommended', 'possible', 'ruled-out']).toContain(s.standing);
			expect(s.reasons.length).toBeGreaterThan(0);
			if (s.standing === 'ruled-out') expect(s.reasons.some((x) => x.effect === 'blocks')).toBe(true);
		}
		const recommended = r.standings.filter((s) => s.standing === 'recommended');
		if (r.recommended === null) {
			expect(recommended).toHaveLength(0);
		} else {
			expect(recommended.map((s) => s.id)).toEqual([r.recommended]);
		}
		// Never everything ruled out: some type always remains.
		expect(r.standings.some((s) => s.standing !== 'ruled-out')).toBe(true);
		expect(r.complete).toBe(r.pending.length === 0);
		for (const p of r.pending) expect(a[p]).toBeUndefined();
		for (const c of r.conflicts) {
			expect(c.questions.length).toBeGreaterThan(0);
			for (const q of c.questions) expect(a[q]).toBeDefined();
		}
	});

	it.each(COMPLETE.map((a) => ({ a, name: label(a) })))('$name (complete) ends in a recommendation or a conflict', ({ a }) => {
		const r = recommendClientType(a);
		expect(r.complete).toBe(true);
		expect(r.recommended !== null || r.conflicts.length > 0).toBe(true);
	});

	it('every settled result has a recommendation or a conflict, even with questions skipped', () => {
		for (const a of ALL) {
			const r = recommendClientType(a);
			if (r.complete) expect(r.recommended !== null || r.conflicts.length > 0, label(a)).toBe(true);
		}
	});
});

describe('recommendClientType: runtime answers imply their types', () => {
	it.each([
		{ runtime: 'browser', type: 'client-based' },
		{ runtime: 'mobile', type: 'mobile' },
		{ runtime: 'device', type: 'non-browser' },
	] as const)('runtime=$runtime always recommends $type', ({ runtime, type }) => {
		const sets = ALL.filter((a) => a.runtime === runtime);
		expect(sets).toHaveLength(27);
		for (const a of sets) expect(recommendClientType(a).recommended, label(a)).toBe(type);
	});

	it('recommends nothing before runtime is answered', () => {
		for (const a of ALL.filter((x) => x.runtime === undefined)) {
			const r = recommendClientType(a);
			expect(r.recommended).toBeNull();
			expect(r.pending).toContain('runtime');
		}
	});

	it('rules Self Client out whenever other people\'s accounts are involved', () => {
		for (const a of ALL.filter((x) => x.accounts === 'others')) expect(standingOf(a, 'self-client')).toBe('ruled-out');
	});

	it('never recommends a type a server-side runtime cannot use', () => {
		for (const a of ALL.filter((x) => x.runtime === 'server' || x.runtime === 'script')) {
			expect(standingOf(a, 'client-based')).toBe('ruled-out');
			expect(standingOf(a, 'mobile')).toBe('ruled-out');
		}
	});
});

describe('recommendClientType: Kaizen benchmarks', () => {
	it('back-end sync of your own org with a legacy system → Self Client', () => {
		const r = recommendClientType({ accounts: 'own', runtime: 'script', webui: 'no', redirect: 'no' });
		expect(r.recommended).toBe('self-client');
		expect(r.conflicts).toEqual([]);
		expect(r.complete).toBe(true);
	});

	it('lead-management web app for many Zoho accounts via a browser redirect → Server-based', () => {
		const r = recommendClientType({ accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'yes' });
		expect(r.recommended).toBe('server-based');
		expect(r.conflicts).toEqual([]);
		const self = r.standings.find((s) => s.id === 'self-client');
		expect(self?.standing).toBe('ruled-out');
		expect(self?.reasons[0]).toEqual({ code: 'only_own_account', effect: 'blocks', question: 'accounts', value: 'others' });
	});

	it('own account + web server with UI and redirect → Server-based, Self Client possible', () => {
		const r = recommendClientType({ accounts: 'own', runtime: 'server', webui: 'yes', redirect: 'yes' });
		expect(r.recommended).toBe('server-based');
		const self = r.standings.find((s) => s.id === 'self-client');
		expect(self?.standing).toBe('possible');
		expect(self?.reasons.map((x) => x.code)).toEqual(
			expect.arrayContaining(['other_type_fits_better', 'acts_as_you', 'ui_not_signed_in']),
		);
		expect(self?.reasons[0]).toEqual({ code: 'other_type_fits_better', effect: 'neutral', other: 'server-based' });
	});

	it('own account + server job with no UI and no redirect → Self Client', () => {
		expect(recommendClientType({ accounts: 'own', runtime: 'server', webui: 'no', redirect: 'no' }).recommended).toBe('self-client');
	});
});

describe('recommendClientType: conflicts', () => {
	const codes = (a: Partial<Answers>) => recommendClientType(a).conflicts.map((c) => c.code);

	it('others + script with no UI and no redirect: nothing fits cleanly; Server-based or Non-browser possible', () => {
		const r = recommendClientType({ accounts: 'others', runtime: 'script', webui: 'no', redirect: 'no' });
		expect(r.recommended).toBeNull();
		expect(r.conflicts).toEqual([
			{
				code: 'others_need_consent_step',
				questions: ['accounts', 'runtime', 'redirect'],
				answers: { accounts: 'others', runtime: 'script', redirect: 'no' },
				options: ['server-based', 'non-browser'],
			},
		]);
		const possible = r.standings.filter((s) => s.standing === 'possible').map((s) => s.id);
		expect(possible).toEqual(['server-based', 'non-browser']);
		for (const s of r.standings.filter((x) => x.standing === 'possible')) {
			expect(s.reasons[0]?.code).toBe('fits_only_with_changes');
		}
	});

	it.each([
		{ a: { accounts: 'own', runtime: 'browser' }, code: 'own_account_public_client', rec: 'client-based' },
		{ a: { accounts: 'own', runtime: 'mobile' }, code: 'own_account_public_client', rec: 'mobile' },
		{ a: { accounts: 'own', runtime: 'device' }, code: 'own_account_public_client', rec: 'non-browser' },
		{ a: { accounts: 'others', runtime: 'server', redirect: 'no' }, code: 'others_need_consent_step', rec: null },
		{ a: { runtime: 'script', webui: 'yes' }, code: 'script_with_web_ui', rec: 'self-client' },
		{ a: { accounts: 'others', runtime: 'script', webui: 'yes', redirect: 'yes' }, code: 'script_with_web_ui', rec: 'server-based' },
		{ a: { runtime: 'browser', redirect: 'no' }, code: 'browser_needs_redirect', rec: 'client-based' },
		{ a: { runtime: 'browser', webui: 'no' }, code: 'browser_without_ui', rec: 'client-based' },
		{ a: { runtime: 'device', webui: 'yes' }, code: 'device_with_web_ui', rec: 'non-browser' },
		{ a: { runtime: 'device', redirect: 'yes' }, code: 'device_with_redirect', rec: 'non-browser' },
		{ a: { runtime: 'mobile', webui: 'yes' }, code: 'mobile_with_web_ui', rec: 'mobile' },
	] as const)('$a → $code (recommended: $rec)', ({ a, code, rec }) => {
		const r = recommendClientType(a);
		expect(r.conflicts.map((c) => c.code)).toContain(code);
		expect(r.recommended).toBe(rec);
	});

	it('own account in a browser: explains that Self Client needs a confidential back end', () => {
		const r = recommendClientType({ accounts: 'own', runtime: 'browser' });
		const self = r.standings.find((s) => s.id === 'self-client');
		expect(self?.standing).toBe('ruled-out');
		expect(self?.reasons[0]).toEqual({ code: 'no_backend_for_secret', effect: 'blocks', question: 'runtime', value: 'browser' });
		expect(r.conflicts[0]).toMatchObject({ code: 'own_account_public_client', questions: ['accounts', 'runtime'], options: ['client-based'] });
	});

	it('reports no conflict for coherent answers', () => {
		expect(codes({ accounts: 'others', runtime: 'mobile', webui: 'no', redirect: 'yes' })).toEqual([]);
		expect(codes({ accounts: 'others', runtime: 'device', webui: 'no', redirect: 'no' })).toEqual([]);
		expect(codes({ accounts: 'others', runtime: 'browser', webui: 'yes', redirect: 'yes' })).toEqual([]);
	});

	it('needs every involved answer before reporting a conflict', () => {
		expect(codes({ accounts: 'others', redirect: 'no' })).toEqual([]);
		expect(codes({ runtime: 'script' })).toEqual([]);
	});
});

describe('recommendClientType: input handling', () => {
	it('ignores unknown keys and values instead of throwing', () => {
		const junk = { runtime: 'toaster', accounts: 'own', extra: 'x' } as unknown as Partial<Answers>;
		const r = recommendClientType(junk);
		expect(r.answered).toEqual(['accounts']);
		expect(r.recommended).toBeNull();
	});

	it('treats a missing answer object as no answers', () => {
		expect(recommendClientType(null as unknown as Partial<Answers>).answered).toEqual([]);
	});

	it('is deterministic', () => {
		const a = { accounts: 'own', runtime: 'server' } as const;
		expect(recommendClientType(a)).toEqual(recommendClientType({ ...a }));
	});
});

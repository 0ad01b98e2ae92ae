import { describe, expect, it } from 'vitest';
import {
	ANSWER_REASON_CODES,
	CONFLICT_CODES,
	STANDING_REASON_CODES,
	describeConflict,
	describeReason,
	describeWhyNot,
	enumerateAnswerSets,
	recommendClientType,
} from '../../../src/lib/wizard';

describe('describeReason', () => {
	it.each([...ANSWER_REASON_CODES, ...STANDING_REASON_CODES])('words `%s` as a full sentence', (code) => {
		const text = describeReason({ code, effect: 'neutral', other: 'server-based' });
		expect(text).toMatch(/^[A-Z].*\.$/);
		expect(text).not.toMatch(/undefined|Error|Oops/);
	});

	it('names the other type, with display names that can be overridden', () => {
		const r = { code: 'other_type_fits_better', effect: 'neutral', other: 'server-based' } as const;
		expect(describeReason(r)).toBe('It could work, but Server-based fits your answers better.');
		expect(describeReason(r, { 'server-based': 'Server-based Applications' })).toContain('Server-based Applications');
	});
});

describe('describeWhyNot', () => {
	it('gives a one-liner for every ruled-out type in every combination', () => {
		for (const a of enumerateAnswerSets()) {
			for (const s of recommendClientType(a).standings.filter((x) => x.standing === 'ruled-out')) {
				const line = describeWhyNot(s);
				expect(line).toMatch(/^Why not [A-Z][\w -]+: [a-z].*\.$/);
				expect(line).not.toContain('\n');
			}
		}
	});

	it('uses the blocking reason', () => {
		const r = recommendClientType({ accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'yes' });
		const self = r.standings.find((s) => s.id === 'self-client');
		expect(self && describeWhyNot(self)).toMatchInlineSnapshot(
			`"Why not Self Client: it reaches only the account that created it; other people have no way to consent to it."`,
		);
	});
});

describe('describeConflict', () => {
	it.each(CONFLICT_CODES.map((code) => ({ code })))('words `$code`', ({ code }) => {
		const text = describeConflict({ code, questions: ['runtime'], answers: { runtime: 'browser' }, options: ['client-based'] });
		expect(text).toMatch(/^[A-Z].*\.$/);
	});

	it('explains the others-without-redirect case with both ways out', () => {
		const [c] = recommendClientType({ accounts: 'others', runtime: 'script', webui: 'no', redirect: 'no' }).conflicts;
		expect(c && describeConflict(c)).toMatchInlineSnapshot(
			`"Other people's accounts need a consent step: each person signs in to Zoho and comes back through a redirect URL, or types a device code. Without a redirect, no type fits cleanly: Server-based works if you add a one-time consent page with a redirect URL, and Non-browser works if each person types a device code once."`,
		);
	});

	it('explains own account + browser', () => {
		const [c] = recommendClientType({ accounts: 'own', runtime: 'browser' }).conflicts;
		expect(c && describeConflict(c)).toMatchInlineSnapshot(
			`"Only your own account, but the app runs only in a browser: Self Client would fit "only me", but it needs its secret on a server you control. Client-based still works. You sign in yourself, once."`,
		);
	});
});

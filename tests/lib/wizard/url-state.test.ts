import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	WIZARD_ANSWER_VALUES,
	decodeWizardParams,
	encodeWizardParams,
	type Answers,
} from '../../../src/lib/wizard';
import { MAX_URL_NOTICES as MAX_NOTICES } from '../../../src/lib/url-state';
import { flat } from '../../helpers/notices';

const answersArb: fc.Arbitrary<Partial<Answers>> = fc.record(
	{
		accounts: fc.constantFrom(...WIZARD_ANSWER_VALUES.accounts),
		runtime: fc.constantFrom(...WIZARD_ANSWER_VALUES.runtime),
		webui: fc.constantFrom(...WIZARD_ANSWER_VALUES.webui),
		redirect: fc.constantFrom(...WIZARD_ANSWER_VALUES.redirect),
	},
	{ requiredKeys: [] },
);

describe('encodeWizardParams', () => {
	it.each([
		{ a: {}, q: '' },
		{ a: { runtime: 'script', accounts: 'own' }, q: 'accounts=own&runtime=script' },
		{ a: { redirect: 'no', webui: 'yes', runtime: 'server', accounts: 'others' }, q: 'accounts=others&runtime=server&webui=yes&redirect=no' },
	] as const)('$a → "$q"', ({ a, q }) => {
		expect(encodeWizardParams(a)).toBe(q);
	});

	it('drops values the engine does not know', () => {
		expect(encodeWizardParams({ runtime: 'toaster' } as unknown as Partial<Answers>)).toBe('');
	});
});

describe('decodeWizardParams', () => {
	it('round-trips every answer set: decode(encode(a)) = a, with no notices', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				const out = decodeWizardParams(`?${encodeWizardParams(a)}`);
				expect(out.answers).toEqual(a);
				expect(flat(out.notices)).toEqual([]);
				expect(encodeWizardParams(out.answers)).toBe(encodeWizardParams(a));
			}),
		);
	});

	it('never throws on arbitrary strings and returns only known answers', () => {
		const junk = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.array(fc.constantFrom('accounts', 'runtime', '=', '&', '%', '%E0%A4%A', '+', 'own', '?', '#', ' '), { maxLength: 30 }).map((x) => x.join('')),
		);
		fc.assert(
			fc.property(junk, (s) => {
				const out = decodeWizardParams(s);
				for (const [k, v] of Object.entries(out.answers)) {
					expect((WIZARD_ANSWER_VALUES as Record<string, readonly string[]>)[k]).toContain(v);
				}
				expect(out.notices.length).toBeLessThanOrEqual(MAX_NOTICES);
				for (const n of out.notices) expect(Array.from(n.params.value).length).toBeLessThanOrEqual(40);
			}),
		);
	});

	it.each([
		{ s: 'accounts=own', a: { accounts: 'own' } },
		{ s: '?ACCOUNTS= Own &Runtime=SCRIPT', a: { accounts: 'own', runtime: 'script' } },
		{ s: 'https://x.example/wizard/?webui=yes&redirect=no#top', a: { webui: 'yes', redirect: 'no' } },
		{ s: 'runtime=%20browser%20', a: { runtime: 'browser' } },
		{ s: 'runtime=+mobile+', a: { runtime: 'mobile' } },
		{ s: 'accounts=&runtime=', a: {} },
		{ s: '', a: {} },
		{ s: '&&&', a: {} },
	] as const)('"$s" → $a', ({ s, a }) => {
		expect(decodeWizardParams(s)).toEqual({ answers: a, notices: [] });
	});

	it('ignores a script payload as an invalid value, as plain text truncated to 40 characters', () => {
		const payload = encodeURIComponent('<script>alert(document.cookie)</script>"onload="x');
		const out = decodeWizardParams(`accounts=${payload}&runtime=server`);
		expect(out.answers).toEqual({ runtime: 'server' });
		expect(flat(out.notices)).toEqual([{ code: 'invalid_value', param: 'accounts', value: '<script>alert(document.cookie)</script>…' }]);
	});

	it('flags unknown keys', () => {
		const out = decodeWizardParams('utm_source=mail&accounts=own&dc=eu');
		expect(out.answers).toEqual({ accounts: 'own' });
		expect(flat(out.notices)).toEqual([
			{ code: 'unknown_param', param: 'utm_source', value: 'mail' },
			{ code: 'unknown_param', param: 'dc', value: 'eu' },
		]);
	});

	it('keeps the first valid value of a repeated key', () => {
		const out = decodeWizardParams('runtime=bogus&runtime=script&runtime=browser');
		expect(out.answers).toEqual({ runtime: 'script' });
		expect(flat(out.notices)).toEqual([
			{ code: 'invalid_value', param: 'runtime', value: 'bogus' },
			{ code: 'repeated_param', param: 'runtime', value: 'browser' },
		]);
	});

	it('survives bad percent encodings', () => {
		const out = decodeWizardParams('accounts=%E0%A4%A&runtime=%zz&webui=%&redirect=yes&%ff=1');
		expect(out.answers).toEqual({ redirect: 'yes' });
		expect(out.notices.map((n) => [n.code, n.params.param])).toEqual([
			['bad_encoding', 'accounts'],
			['bad_encoding', 'runtime'],
			['bad_encoding', 'webui'],
			['unknown_param', '%ff'],
		]);
	});

	it('ignores very long values and very long query strings', () => {
		const long = 'a'.repeat(5000);
		const out = decodeWizardParams(`runtime=${long}&accounts=own`);
		expect(out.answers).toEqual({});
		expect(out.notices.map((n) => n.code)).toEqual(['too_long', 'too_long']);
		expect(out.notices.every((n) => Array.from(n.params.value).length === 40)).toBe(true);

		const short = decodeWizardParams(`runtime=${'b'.repeat(200)}&accounts=own`);
		expect(short.answers).toEqual({ accounts: 'own' });
		expect(flat(short.notices)).toEqual([{ code: 'too_long', param: 'runtime', value: `${'b'.repeat(39)}…` }]);
	});

	it('caps the number of notices', () => {
		const many = Array.from({ length: 100 }, (_, i) => `k${i}=v`).join('&');
		expect(decodeWizardParams(many).notices).toHaveLength(MAX_NOTICES);
	});

	it('strips control characters from notice values', () => {
		const out = decodeWizardParams('accounts=a%0Ab%00c');
		expect(out.notices[0]?.params.value).toBe('a b c');
	});
});

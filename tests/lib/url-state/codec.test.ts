import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsSecret } from '../../../src/lib/secrets';
import {
	MAX_URL_NOTICES,
	defineUrlState,
	describeUrlNotice,
	enumParam,
	param,
	scopeListParam,
	textParam,
	urlNotice,
	type UrlNoticeCode,
} from '../../../src/lib/url-state';
import { flat } from '../../helpers/notices';

const TOKEN = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const codec = defineUrlState(
	{
		dc: param('dc', enumParam(['us', 'eu'] as const)),
		s: param('scopes', scopeListParam({ maxLength: 50 })),
		err: param('err', textParam({ maxLength: 20, normalize: (v) => (/^[A-Z_]+$/.test(v) ? v : undefined) })),
	},
	{ maxQueryLength: 300 },
);

describe('defineUrlState: decode', () => {
	it.each([
		{ q: '', state: {} },
		{ q: '?dc=eu', state: { dc: 'eu' } },
		{ q: 'https://site.example/x/?DC=EU#top', state: { dc: 'eu' } },
		{ q: '?dc=%20us%20&s=A.b.READ,A.c.READ', state: { dc: 'us', scopes: 'A.b.READ,A.c.READ' } },
		{ q: '?dc=&s=', state: {} },
		{ q: '?err=INVALID_TOKEN', state: { err: 'INVALID_TOKEN' } },
	])('"$q" → $state with no notice', ({ q, state }) => {
		expect(codec.decode(q)).toEqual({ state, notices: [] });
	});

	it.each<{ q: string; code: UrlNoticeCode; param: string; value: string }>([
		{ q: '?x=1', code: 'unknown_param', param: 'x', value: '1' },
		{ q: '?dc=mars', code: 'invalid_value', param: 'dc', value: 'mars' },
		{ q: '?err=lower', code: 'invalid_value', param: 'err', value: 'lower' },
		{ q: '?code=lower', code: 'unknown_param', param: 'code', value: '' },
		{ q: '?dc=%E0%A4%A', code: 'bad_encoding', param: 'dc', value: '%E0%A4%A' },
		{ q: `?s=${'A'.repeat(51)}`, code: 'too_long', param: 's', value: `${'A'.repeat(39)}…` },
		{ q: `?err=${TOKEN}`, code: 'secret_dropped', param: 'err', value: '' },
		{ q: `?s=ZohoCRM.users.READ,${TOKEN}`, code: 'secret_dropped', param: 's', value: '' },
		{ q: '?client_secret=abc', code: 'unknown_param', param: 'client_secret', value: '' },
		{ q: `?utm=${TOKEN}`, code: 'unknown_param', param: 'utm', value: '' },
	])('"$q" → $code', ({ q, code, param: p, value }) => {
		const { state, notices } = codec.decode(q);
		expect(state).toEqual({});
		expect(flat(notices)).toEqual([{ code, param: p, value }]);
	});

	it('keeps the first valid value of a repeated key, with a notice for the rest', () => {
		const { state, notices } = codec.decode('?dc=mars&dc=eu&dc=us');
		expect(state).toEqual({ dc: 'eu' });
		expect(flat(notices)).toEqual([
			{ code: 'invalid_value', param: 'dc', value: 'mars' },
			{ code: 'repeated_param', param: 'dc', value: 'us' },
		]);
	});

	it('reads only the beginning of an over-long query and says so', () => {
		const { state, notices } = codec.decode(`?dc=eu&x=${'y'.repeat(400)}`);
		expect(state).toEqual({ dc: 'eu' });
		expect(notices.map((n) => n.code)).toEqual(['too_long', 'unknown_param']);
	});

	it('caps notices and never echoes control characters or long text', () => {
		expect(codec.decode(Array.from({ length: 60 }, (_, i) => `k${i}=v`).join('&')).notices).toHaveLength(MAX_URL_NOTICES);
		const { notices } = codec.decode(`?dc=${encodeURIComponent('a\nb\u0000' + 'c'.repeat(100))}`);
		expect([...(notices[0]?.params.value ?? '')].some((ch) => ch.charCodeAt(0) < 32)).toBe(false);
		expect(Array.from(notices[0]?.params.value ?? '').length).toBeLessThanOrEqual(40);
	});

	it('never throws and never yields a secret, for any input', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (q) => {
				const { state, notices } = codec.decode(q);
				for (const v of Object.values(state)) expect(containsSecret(String(v))).toBe(false);
				expect(JSON.stringify(notices)).not.toContain('8f3a1c2b');
				expect(notices.length).toBeLessThanOrEqual(MAX_URL_NOTICES);
				for (const n of notices) expect(describeUrlNotice(n).length).toBeGreaterThan(10);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('defineUrlState: encode', () => {
	it('writes the spec order, leaves out what is unset, keeps commas and slashes readable', () => {
		expect(codec.encode({ err: 'X', scopes: 'A.b.READ,A/c', dc: 'eu' })).toBe('dc=eu&s=A.b.READ,A/c&err=X');
		expect(codec.encode({ dc: undefined, scopes: '' })).toBe('');
		expect(codec.encode({ scopes: 'a b&c=d' })).toBe('s=a%20b%26c%3Dd');
	});

	it('never writes a secret, an invalid or an over-long value', () => {
		expect(codec.encode({ scopes: TOKEN, err: 'lower', dc: 'mars' as 'us' })).toBe('');
		expect(codec.encode({ scopes: 'A'.repeat(51) })).toBe('');
	});

	it('round-trips every state it can write', () => {
		const state = fc.record(
			{
				dc: fc.constantFrom('us' as const, 'eu' as const),
				scopes: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && !containsSecret(s)),
				err: fc.stringMatching(/^[A-Z_]{1,20}$/),
			},
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(state, (s) => {
				expect(codec.decode(codec.encode(s))).toEqual({ state: s, notices: [] });
			}),
		);
	});
});

describe('describeUrlNotice', () => {
	it('says what was ignored and why, quoting the value', () => {
		expect(describeUrlNotice(urlNotice('invalid_value', 'dc', 'mars'))).toBe('The link’s `dc=mars` is not a value this page knows, so it was ignored.');
		expect(describeUrlNotice(urlNotice('unknown_param', 'client_id', ''))).toMatch(/never reads a client ID from a link/);
		expect(describeUrlNotice(urlNotice('secret_dropped', 's', ''))).toMatch(/looked like a token or secret/);
		expect(describeUrlNotice(urlNotice('too_long', '', ''))).toMatch(/only its beginning was read/);
	});
});

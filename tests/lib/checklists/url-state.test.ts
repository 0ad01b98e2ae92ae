import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCOPES_LENGTH, decodeChecklistParams, encodeChecklistParams } from '../../../src/lib/checklists';
import { CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS, type ChecklistUrlState } from '../../../src/lib/schemas';
import { containsSecret } from '../../../src/lib/secrets';
import { flat } from '../../helpers/notices';

const stateArb: fc.Arbitrary<ChecklistUrlState> = fc.record(
	{
		clientType: fc.constantFrom(...CLIENT_TYPE_IDS),
		dc: fc.constantFrom(...DC_IDS),
		// A link's values are trimmed, and a secret-looking one is dropped.
		scopes: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }).filter((s) => s.trim() === s && !containsSecret(s)),
		lang: fc.constantFrom(...SDK_LANGS),
	},
	{ requiredKeys: [] },
);

describe('decodeChecklistParams', () => {
	it.each([
		['?type=self-client&dc=eu&s=ZohoCRM.modules.ALL,ZohoCRM.users.READ&lang=java', { clientType: 'self-client', dc: 'eu', scopes: 'ZohoCRM.modules.ALL,ZohoCRM.users.READ', lang: 'java' }],
		['type=mobile', { clientType: 'mobile' }],
		['', {}],
		['?', {}],
		['?dc=CN&lang=NodeJS', { dc: 'cn', lang: 'nodejs' }],
		['?type=self-client&dc=eu&lang=typescript', { clientType: 'self-client', dc: 'eu', lang: 'typescript' }],
		['?lang=TypeScript', { lang: 'typescript' }],
		['?s=ZohoCRM.modules.ALL%2CZohoCRM.org.READ', { scopes: 'ZohoCRM.modules.ALL,ZohoCRM.org.READ' }],
		['?s=a+b', { scopes: 'a b' }],
		['?type=&dc=', {}],
		['?type=server-based#section', { clientType: 'server-based' }],
	])('%s → %o', (search, state) => {
		expect(decodeChecklistParams(search)).toEqual({ state, notices: [] });
	});

	it('reports unknown parameters and never reads a client ID from the URL', () => {
		const r = decodeChecklistParams('?type=self-client&client_id=1000.SECRETISH&foo=bar');
		expect(r.state).toEqual({ clientType: 'self-client' });
		expect(flat(r.notices)).toEqual([
			{ code: 'unknown_param', param: 'client_id', value: '' },
			{ code: 'unknown_param', param: 'foo', value: 'bar' },
		]);
		expect(JSON.stringify(r)).not.toContain('SECRETISH');
	});

	it('reports invalid values and keeps the valid parts', () => {
		const r = decodeChecklistParams('?type=widget&dc=mars&lang=cobol&s=ok');
		expect(r.state).toEqual({ scopes: 'ok' });
		expect(r.notices.map((n) => [n.code, n.params.param, n.params.value])).toEqual([
			['invalid_value', 'type', 'widget'],
			['invalid_value', 'dc', 'mars'],
			['invalid_value', 'lang', 'cobol'],
		]);
	});

	it('keeps the first of repeated parameters', () => {
		const r = decodeChecklistParams('?dc=eu&dc=us');
		expect(r.state).toEqual({ dc: 'eu' });
		expect(flat(r.notices)).toEqual([{ code: 'repeated_param', param: 'dc', value: 'us' }]);
	});

	it('refuses over-long scope strings', () => {
		const r = decodeChecklistParams(`?s=${'a'.repeat(MAX_SCOPES_LENGTH + 1)}`);
		expect(r.state).toEqual({});
		expect(r.notices[0]?.code).toBe('too_long');
		expect(r.notices[0]?.params.value.length).toBeLessThanOrEqual(80);
	});

	it('ignores a malformed percent-encoding with a notice', () => {
		const r = decodeChecklistParams('?s=%E0%A4%A&type=mobile');
		expect(r.state).toEqual({ clientType: 'mobile' });
		expect(flat(r.notices)).toEqual([{ code: 'bad_encoding', param: 's', value: '%E0%A4%A' }]);
	});

	it('returns notice values as truncated plain text', () => {
		const r = decodeChecklistParams(`?type=${encodeURIComponent('<script>\u0000' + 'x'.repeat(200))}`);
		const v = r.notices[0]?.params.value ?? '';
		expect(v.length).toBeLessThanOrEqual(80);
		expect([...v].some((ch) => ch.charCodeAt(0) < 32)).toBe(false);
	});

	it('never throws, whatever the input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 500, unit: 'binary' }), (s) => {
				const r = decodeChecklistParams(s);
				expect(Array.isArray(r.notices)).toBe(true);
				expect(r.notices.length).toBeLessThanOrEqual(20);
			}),
			{ numRuns: 500 },
		);
	});

	it('never throws on query-like input either', () => {
		const pair = fc.tuple(fc.constantFrom('type', 'dc', 's', 'lang', 'client_id', '%', '=', ''), fc.string({ maxLength: 30 }));
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 10 }), (pairs) => {
				const r = decodeChecklistParams(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
				expect(JSON.stringify(r.state)).not.toContain('client_id');
			}),
			{ numRuns: 500 },
		);
	});
});

describe('encodeChecklistParams', () => {
	it('writes the canonical order type, dc, s, lang and keeps commas readable', () => {
		expect(encodeChecklistParams({ lang: 'php', scopes: 'ZohoCRM.modules.ALL,ZohoCRM.users.READ', dc: 'au', clientType: 'non-browser' })).toBe(
			'type=non-browser&dc=au&s=ZohoCRM.modules.ALL,ZohoCRM.users.READ&lang=php',
		);
		expect(encodeChecklistParams({})).toBe('');
	});

	it('never writes a client ID, even when the object carries one', () => {
		const state = { clientType: 'self-client', dc: 'eu', clientId: '1000.ABCDEF', client_id: '1000.ABCDEF' } as ChecklistUrlState;
		const out = encodeChecklistParams(state);
		expect(out).toBe('type=self-client&dc=eu');
		expect(out).not.toContain('1000.ABCDEF');
		fc.assert(
			fc.property(stateArb, fc.string({ minLength: 1 }), (s, id) => {
				const o = encodeChecklistParams({ ...s, clientId: `QQ1000.${id}`, client_id: 'QQ1000' } as ChecklistUrlState);
				expect(o).not.toMatch(/client_?id|QQ1000/i);
			}),
		);
	});

	it('round-trips: decode(encode(state)) gives the state back', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				expect(decodeChecklistParams(encodeChecklistParams(state))).toEqual({ state, notices: [] });
			}),
			{ numRuns: 1000 },
		);
	});

	it('is canonical: encode(decode(x)) is stable', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => {
				const once = encodeChecklistParams(decodeChecklistParams(s).state);
				expect(encodeChecklistParams(decodeChecklistParams(once).state)).toBe(once);
			}),
			{ numRuns: 500 },
		);
	});
});

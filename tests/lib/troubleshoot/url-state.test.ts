import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DC_IDS } from '../../../src/lib/schemas';
import { containsSecret, decodeTroubleshootParams, encodeTroubleshootParams, safeScopeParam, type TroubleshootUrlState } from '../../../src/lib/troubleshoot';
import { flat } from '../../helpers/notices';

const TOKEN = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';

describe('troubleshoot URL codec', () => {
	it('reads the public contract', () => {
		expect(decodeTroubleshootParams('?error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&s=ZohoCRM.users.READ&dc=eu')).toEqual({
			state: { error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads', scopes: 'ZohoCRM.users.READ', dc: 'eu' },
			notices: [],
		});
	});
	it('normalizes an endpoint with host and query', () => {
		expect(decodeTroubleshootParams('endpoint=get+https%3A%2F%2Fwww.zohoapis.com%2Fcrm%2Fv8%2FLeads%3Ffields%3DLast_Name').state.endpoint).toBe('GET /crm/v8/Leads');
	});
	it('ignores unknown, repeated and invalid params with notices', () => {
		const { state, notices } = decodeTroubleshootParams('?dc=mars&x=1&error=invalid_code&error=again&s=%E0%A4%A&client_secret=abc');
		expect(state).toEqual({ error: 'invalid_code' });
		expect(notices.map((n) => [n.code, n.params.param])).toEqual([
			['invalid_value', 'dc'],
			['unknown_param', 'x'],
			['repeated_param', 'error'],
			['bad_encoding', 's'],
			['unknown_param', 'client_secret'],
		]);
		expect(notices.find((n) => n.params.param === 'client_secret')?.params.value).toBe('');
	});
	it('drops a token put in any parameter without echoing it', () => {
		const { state, notices } = decodeTroubleshootParams(`?error=${TOKEN}&endpoint=GET%20/crm/v8/Leads/${TOKEN}&s=${TOKEN}&foo=${TOKEN}`);
		expect(state).toEqual({});
		expect(JSON.stringify(notices)).not.toContain('8f3a1c2b');
	});
	it('reads s as the scope list it is, and shares only its scope-shaped items', () => {
		const { state, notices } = decodeTroubleshootParams('s=ZohoCRM.users.READ,%3Cimg%20src%3Dx%3E');
		expect(state.scopes).toBe('ZohoCRM.users.READ,<img src=x>');
		expect(notices).toEqual([]);
		expect(safeScopeParam(state.scopes!)).toBe('ZohoCRM.users.READ');
	});
	it('writes the canonical order and keeps / and , readable', () => {
		expect(encodeTroubleshootParams({ dc: 'eu', scopes: 'ZohoCRM.users.READ,ZohoCRM.org.READ', endpoint: 'GET /crm/v8/Leads', error: 'OAUTH_SCOPE_MISMATCH' })).toBe(
			'error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&s=ZohoCRM.users.READ,ZohoCRM.org.READ&dc=eu',
		);
	});
	it('never throws and never yields a secret, for any query', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (q) => {
				const { state, notices } = decodeTroubleshootParams(q);
				for (const v of Object.values(state)) expect(containsSecret(v)).toBe(false);
				expect(notices.length).toBeLessThanOrEqual(20);
			}),
			{ numRuns: 500 },
		);
	});
	it('never throws on query-shaped noise', () => {
		const key = fc.constantFrom('error', 'endpoint', 's', 'dc', 'x', '%', '');
		const pair = fc.tuple(key, fc.string({ maxLength: 30 })).map(([k, v]) => `${k}=${v}`);
		fc.assert(fc.property(fc.array(pair, { maxLength: 10 }), (pairs) => void decodeTroubleshootParams(`?${pairs.join('&')}`)), { numRuns: 500 });
	});
	it('round-trips every valid state', () => {
		const word = fc.stringMatching(/^[A-Za-z][A-Za-z_]{0,20}$/);
		const state = fc.record(
			{
				error: word,
				endpoint: fc.tuple(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'), fc.array(fc.stringMatching(/^[A-Za-z0-9_{}]{1,12}$/), { maxLength: 5 })).map(([m, segs]) => `${m} /${segs.join('/')}`),
				scopes: fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/), word, fc.constantFrom('READ', 'ALL', 'CREATE')).map((p) => p.join('.')), { minLength: 1, maxLength: 4 }).map((xs) => [...new Set(xs)].join(',')),
				dc: fc.constantFrom(...DC_IDS),
			},
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(state, (s: TroubleshootUrlState) => {
				const decoded = decodeTroubleshootParams(encodeTroubleshootParams(s));
				expect(flat(decoded.notices)).toEqual([]);
				expect(decoded.state).toEqual(s);
			}),
			{ numRuns: 300 },
		);
	});
});

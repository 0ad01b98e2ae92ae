// Extraction: what the troubleshooter reads from pastes of every shape (JSON body, stack trace,
// log line, curl command, SDK exception, a sentence), independent of line order.
import { describe, expect, it } from 'vitest';
import { createHostTable } from '../../../src/lib/troubleshoot';
import { readRequests } from '../../../src/lib/troubleshoot/requests';
import { readSignals } from '../../../src/lib/troubleshoot/signals';
import { prepareDoc } from '../../../src/lib/troubleshoot/text';
import { matchVocabulary } from '../../../src/lib/troubleshoot/vocabulary';
import { data } from './data';

const hosts = createHostTable(data.dataCenters);
const doc = (t: string) => prepareDoc(t, 'paste');
const codes = (t: string, fields = { scopes: '', dc: '' }) => readSignals([doc(t)], fields, data).signals.map((s) => s.code);
const errorIds = (t: string) => matchVocabulary([doc(t)], data.errors).matches.map((m) => m.entry.id);

describe('error literals (vocabulary)', () => {
	it.each([
		['a JSON body', '{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}', 'crm-oauth-scope-mismatch'],
		['escaped JSON in a log line', '[ERROR] Zoho: API error: "{\\"code\\":\\"INVALID_TOKEN\\",\\"details\\":{}}"', 'crm-invalid-token'],
		['an error parameter in a redirect', 'https://app.example.com/cb?error=access_denied&state=1', 'accounts-access-denied'],
		['a Desk errorCode', '{"errorCode":"SCOPE_MISMATCH","message":"…"}', 'desk-scope-mismatch'],
		['a numeric code with its message', '7048 Invalid user / No such user found', 'people-no-such-user'],
		['a numeric code field', '{"error_code":1121,"message":"…"}', 'site24x7-scope-disallowed'],
		['a code after the word code', '401 Unauthorized (code 7387)', 'analytics-workspace-other-org'],
		['a bare word as its own line', 'expired', 'accounts-device-expired'],
		['an SDK exception with the Accounts error inside', 'com.zoho.crm.api.exception.SDKException. Caused by : INVALID TOKEN ERROR - invalid_code', 'accounts-invalid-code'],
		['a PHP exception class', 'Weble\\ZohoClient\\Exception\\GrantCodeNotSetException', 'weble-grant-code-not-set'],
	])('%s', (_name, text, id) => {
		expect(errorIds(text)).toContain(id);
	});
	it('the SDK wrapper INVALID CLIENT ERROR is never invalid_client', () => {
		expect(errorIds('Caused By : INVALID CLIENT ERROR - invalid_code')).toEqual(['sdk-token-error-wrapper', 'accounts-invalid-code']);
	});
	it('a shorter code inside a longer one does not count (TOKEN ERROR in INVALID TOKEN ERROR)', () => {
		expect(errorIds('INVALID TOKEN ERROR')).toEqual(['sdk-token-error-wrapper']);
	});
	it('lower-case invalid_token and upper-case INVALID_TOKEN are different errors', () => {
		expect(errorIds('invalid_token')).toEqual(['accounts-invalid-token']);
		expect(errorIds('INVALID_TOKEN')).toEqual(['crm-invalid-token']);
	});
	it('ordinary prose and numbers are not codes', () => {
		expect(errorIds('the code expired, access denied by the firewall, invalid client, call 4834 5555 tomorrow')).toEqual([]);
	});
	it('keeps unknown error values, not ordinary statuses', () => {
		const { unknown } = matchVocabulary([doc('{"code":"BRAND_NEW","status":"error"} {"error":"failure"}')], data.errors);
		expect(unknown.map((u) => u.value)).toEqual(['BRAND_NEW']);
	});
});

describe('requests', () => {
	it('a curl command: method, host, grant type, redirect_uri', () => {
		const f = readRequests([doc('curl -X POST https://accounts.zoho.eu/oauth/v2/token -d "grant_type=authorization_code" -d "redirect_uri=https://app.example.com/cb"')], hosts);
		expect(f.hosts.map((h) => [h.info.host, h.info.role, h.info.dc, h.use])).toEqual([['accounts.zoho.eu', 'accounts', 'eu', 'called']]);
		expect(f.requests[0]).toMatchObject({ method: 'POST', target: '/oauth/v2/token' });
		expect(f.grantTypes.map((g) => g.value)).toEqual(['authorization_code']);
		expect(f.redirectUri?.value).toBe(true);
	});
	it('configured hosts are not calls; api_domain is the token’s', () => {
		const f = readRequests([doc('ZOHO_ACCOUNTS_URL=https://accounts.zoho.eu\nZOHO_API_BASE_URL=www.zohoapis.eu\n{"api_domain":"https://www.zohoapis.com"}')], hosts);
		expect(f.hosts.map((h) => [h.info.host, h.use])).toEqual([
			['accounts.zoho.eu', 'config'],
			['www.zohoapis.com', 'api_domain'],
			['www.zohoapis.eu', 'config'],
		]);
	});
	it('the header scheme in any notation', () => {
		for (const t of ['-H "Authorization: Bearer abc"', '"Authorization": "Bearer ${token}"', "setHeader('Authorization', 'Bearer ' + t)", 'headers: { Authorization: `Bearer ${t}` }'])
			expect(readRequests([doc(t)], hosts).authSchemes.map((s) => s.value), t).toEqual(['bearer']);
		expect(readRequests([doc('-H "Authorization:Zoho-oauthtoken 1000.x.y"')], hosts).authSchemes.map((s) => s.value)).toEqual(['zoho']);
		expect(readRequests([doc('{"token_type":"Bearer"}')], hosts).authSchemes).toEqual([]);
	});
	it('status lines in the shapes people paste', () => {
		const t = 'HTTP/1.1 401 Unauthorized\nRequest failed for https://www.zohoapis.com returned code 403\nError: Request failed with status code 429\n{"error":{"code":404}}';
		expect(readRequests([doc(t)], hosts).statuses.map((s) => s.value).sort()).toEqual([401, 403, 404, 429]);
	});
	it('redirect parameters, even without the scheme, and a device flow’s user_location', () => {
		const f = readRequests([doc('/cb?code=…&location=in&accounts-server=https%3A%2F%2Faccounts.zoho.in\n{"error":"other_dc","user_location":"eu"}')], hosts);
		expect(f.redirectDcs.map((r) => [r.value.dc, r.value.via])).toEqual([
			['in', 'location'],
			['in', 'accounts-server'],
			['eu', 'user_location'],
		]);
	});
	it('a Java stack trace’s package names are not hosts', () => {
		expect(readRequests([doc('at com.zoho.crm.api.util.CommonAPIHandler.apiCall(CommonAPIHandler.java:226)\ncom.zoho.api.authenticator.OAuthToken')], hosts).hosts).toEqual([]);
	});
});

describe('signals', () => {
	it('a whole Java stack trace: the SDK, the grant and the error, wherever they are', () => {
		const trace = [
			'Exception in thread "main" com.zoho.crm.api.exception.SDKException',
			'\tat com.zoho.api.authenticator.OAuthToken.parseResponse(OAuthToken.java:512)',
			'\tat com.zoho.api.authenticator.OAuthToken.refreshAccessToken(OAuthToken.java:441)',
			'INFO: Access Token has expired. Hence refreshing.',
			'Caused by : INVALID TOKEN ERROR - invalid_code',
		];
		for (const t of [trace.join('\n'), [...trace].reverse().join('\n')]) {
			expect(codes(t)).toEqual(expect.arrayContaining(['error_known', 'grant_type_refresh']));
		}
	});
	it('DC of the hosts against the user’s', () => {
		expect(codes('POST https://accounts.zoho.com/oauth/v2/token', { scopes: '', dc: 'eu' })).toEqual(expect.arrayContaining(['accounts_dc_differs', 'account_dc_not_default']));
		expect(codes('GET https://www.zohoapis.com/crm/v8/Leads', { scopes: '', dc: 'au' })).toContain('api_dc_differs');
		expect(codes('{"api_domain":"https://www.zohoapis.in","access_token":"…","expires_in":3600}\nGET https://www.zohoapis.com/crm/v8/Leads')).toContain('api_domain_ignored');
		expect(codes('ZOHO_ACCOUNTS_URL=https://accounts.zoho.eu\nZOHO_API=https://www.zohoapis.com')).toContain('hosts_mixed_dcs');
		expect(codes('GET https://desk.zoho.eu/api/v1/tickets', { scopes: '', dc: 'eu' })).not.toContain('api_dc_differs');
		expect(codes('GET https://mail.zohocloud.ca/api/accounts', { scopes: '', dc: 'ca' })).not.toContain('api_dc_differs');
	});
	it('the authorization URL may start at the default DC (multi-DC); it is no token request', () => {
		expect(codes('https://accounts.zoho.com/oauth/v2/auth?scope=ZohoCRM.users.READ&access_type=offline&prompt=consent', { scopes: '', dc: 'eu' })).not.toContain('accounts_dc_differs');
	});
	it('refresh patterns and grant flow', () => {
		expect(codes("setParam('access_type', 'offline')")).toContain('offline_without_consent');
		expect(codes('access_type=offline&prompt=consent')).not.toContain('offline_without_consent');
		expect(codes('{"access_token":"…","expires_in":3600,"api_domain":"https://www.zohoapis.com"}')).toContain('token_response_no_refresh');
		expect(codes('line 1: grant_type=authorization_code\nline 2: grant_type=authorization_code')).toContain('code_exchanged_twice');
		expect(codes('grant_type=authtooauth')).toContain('grant_type_migration');
	});
	it('the API version and legacy endpoints', () => {
		expect(codes('GET https://www.zohoapis.com/crm/v2/Leads')).toEqual(expect.arrayContaining(['endpoint_known', 'api_version_old']));
		expect(codes('GET https://crm.zoho.com/crm/private/json/Leads/getRecords?authtoken=abc&scope=crmapi')).toContain('legacy_api');
	});
	it('endpoint scopes against the scopes given', () => {
		expect(codes('GET https://www.zohoapis.com/crm/v8/Leads', { scopes: 'ZohoCRM.users.READ', dc: '' })).toContain('scope_lacking');
		expect(codes('GET https://www.zohoapis.com/crm/v8/Leads', { scopes: 'ZohoCRM.modules.leads.READ', dc: '' })).toContain('scope_covered');
		expect(codes('GET https://www.zohoapis.com/crm/v8/Leads scope=ZohoCRM.users.READ')).toContain('scope_lacking');
	});
	it('phrase cues, as whole words', () => {
		expect(codes('works for an hour, then INVALID_TOKEN')).toContain('cue_fails_after_time');
		expect(codes('the token refresh succeeds but calls fail')).toContain('cue_refresh_works');
		expect(codes('our EU region account')).toContain('cue_dc_mentioned');
		expect(codes('regional settings')).not.toContain('cue_dc_mentioned');
	});
	it('evidence lines are numbered, clipped and redacted', () => {
		const long = `${'x'.repeat(300)} INVALID_TOKEN ${'y'.repeat(300)} client_secret=9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5`;
		const s = readSignals([doc(`first\n${long}`)], { scopes: '', dc: '' }, data).signals.find((x) => x.code === 'error_known')!;
		expect(s.lines[0]!.line).toBe(2);
		expect(s.lines[0]!.text).toContain('INVALID_TOKEN');
		expect(s.lines[0]!.text.length).toBeLessThanOrEqual(170);
		expect(JSON.stringify(s)).not.toContain('9f8e7d6c');
	});
});

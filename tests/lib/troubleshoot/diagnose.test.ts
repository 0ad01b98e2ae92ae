import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEvidence, describeSignal, detectSecrets, diagnose, redactSecrets } from '../../../src/lib/troubleshoot';
import { causes, ctx, data } from './data';
import { createRoutes } from '../../../src/lib/routes';

const routes = createRoutes('/');

const AT = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const RT = '1000.2b7c9d1e3f4a5b6c7d8e9f0a1b2c3d4e.5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c';

const top = (paste: string, fields: Record<string, string> = {}) => diagnose({ paste, ...fields }, data).causes[0]?.id;

describe('diagnose: one realistic paste per rule', () => {
	const cases: [string, string, Record<string, string>?][] = [
		[
			'code-expired-or-reused',
			`curl -X POST "https://accounts.zoho.com/oauth/v2/token" -d "grant_type=authorization_code" -d "client_id=1000.ABCDEFGHIJ" -d "client_secret=\${ZOHO_CLIENT_SECRET}" -d "code=1000.xxxx"
{"error":"invalid_code"}`,
		],
		[
			'refresh-token-revoked',
			`POST https://accounts.zoho.eu/oauth/v2/token?refresh_token=…&client_id=…&grant_type=refresh_token
HTTP/1.1 200 OK
{"error":"invalid_code"}`,
		],
		[
			'wrong-data-center',
			`Callback: https://app.example.com/zoho/callback?state=abc&code=1000.xxx&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu
Then: POST https://accounts.zoho.com/oauth/v2/token grant_type=authorization_code
Response: {"error":"invalid_client"}`,
		],
		[
			'client-credentials-wrong',
			`redirect: https://app.example.com/cb?code=…&location=in&accounts-server=https%3A%2F%2Faccounts.zoho.in
curl -X POST https://accounts.zoho.in/oauth/v2/token -d grant_type=authorization_code -d client_id=1000.ABC -d "client_secret=\${ZOHO_CLIENT_SECRET}"
{"error":"invalid_client"}`,
		],
		['redirect-uri-mismatch', `https://accounts.zoho.com/oauth/v2/auth?response_type=code&client_id=1000.X&redirect_uri=http://localhost:3000/cb → error=invalid_redirect_uri`],
		[
			'api-domain-mismatch',
			`token response: {"access_token":"…","api_domain":"https://www.zohoapis.eu","token_type":"Bearer","expires_in":3600}
GET https://www.zohoapis.com/crm/v8/Leads
{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}`,
		],
		['access-token-expired', `HTTP/1.1 401 Unauthorized\n{"code":"INVALID_OAUTHTOKEN","details":{},"message":"invalid oauth token","status":"error"}`],
		[
			'scope-mismatch',
			`curl "https://www.zohoapis.com/crm/v8/Leads?fields=Last_Name" -H "Authorization: Zoho-oauthtoken \${ZOHO_ACCESS_TOKEN}"
{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}`,
			{ scopes: 'ZohoCRM.users.READ' },
		],
		['no-permission', `HTTP 403\n{"code":"NO_PERMISSION","details":{"permissions":["Crm_Implied_View_Leads"]},"message":"permission denied","status":"error"}`],
		['no-refresh-token', `{"access_token":"…","api_domain":"https://www.zohoapis.com","token_type":"Bearer","expires_in":3600}`],
		['no-refresh-token', `https://accounts.zoho.com/oauth/v2/auth?scope=ZohoCRM.modules.ALL&client_id=1000.X&response_type=code&redirect_uri=https://a.example/cb`],
		[
			'token-throttled',
			`{"error_description":"You have made too many requests continuously. Please try again after some time.","error":"Access Denied","status":"failure"}`,
		],
		['grant-limit-or-denied', `https://app.example.com/cb?error=access_denied&state=xyz`],
		['wrong-auth-header-scheme', `curl https://www.zohoapis.com/crm/v8/Leads -H "Authorization: Bearer \${TOKEN}"\nHTTP/1.1 401 Unauthorized`],
		['invalid-scope-name', `{"error":"invalid_scope"}`],
		['refresh-token-not-configured', `PHP Fatal error: Uncaught Weble\\ZohoClient\\Exception\\GrantCodeNotSetException in /app/vendor/weble/zohoclient/src/OAuthClient.php:297`],
		['sdk-not-initialized', `Exception in thread "main" com.zoho.crm.api.exception.SDKException. Caused by : SDK UNINITIALIZED ERROR - SDK is UnInitialized`],
		['sdk-user-mismatch', `zcrmsdk\\oauth\\exception\\ZohoOAuthException Caused by:'No Tokens exist for the given user-identifier,Please generate and try again.'`],
		['legacy-authtoken-api', `GET https://crm.zoho.com/crm/private/json/Leads/getRecords?authtoken=…&scope=crmapi\n{"response":{"error":{"code":"4834","message":"Invalid Ticket Id"}}}`],
		['refresh-token-limit', `POST https://accounts.zoho.com/oauth/v2/token grant_type=authorization_code\n{"error":"Access Denied"}`],
		['org-id-mismatch', `GET https://desk.zoho.com/api/v1/tickets\n{"errorCode":"OAUTH_ORG_MISMATCH","message":"…"}`],
		['org-id-missing', `{"error":"missing_org_info"}`],
		['user-not-found-in-org', `{"code":1040,"message":"No account owner named \\"jane\\" found."}`],
		['api-url-or-version-wrong', `{"code":"INVALID_URL_PATTERN","details":{},"message":"Please check if the URL trying to access is a correct one","status":"error"}`],
		['api-call-limit', `HTTP/1.1 429 Too Many Requests\n{"code":"TOO_MANY_REQUESTS","status":"error"}`],
		['account-cannot-use-api', `{"code":"INACTIVE_USER","message":"An inactive user cannot access this API.","status":"error"}`],
		['error-slow-down', `{"error":"slow_down"}`],
	];
	it.each(cases)('%s', (id, paste, fields) => {
		expect(top(paste, fields)).toBe(id);
	});

	it('every rule (but the fallback) has a case above', () => {
		const covered = new Set(cases.map((c) => c[0]));
		expect(causes.filter((c) => !c.fallback && !covered.has(c.id)).map((c) => c.id)).toEqual([]);
	});
});

describe('diagnose: evidence', () => {
	it('each cause carries the lines that support it, numbered, secrets redacted', () => {
		const d = diagnose({ paste: `first line\ncurl https://www.zohoapis.com/crm/v8/Leads -H "Authorization: Bearer ${AT}"\nHTTP/1.1 401 Unauthorized` }, data);
		const c = d.causes[0]!;
		expect(c.id).toBe('wrong-auth-header-scheme');
		const bearer = c.evidence.find((e) => e.signal.code === 'auth_header_bearer')!;
		expect(bearer.signal.lines[0]).toMatchObject({ source: 'paste', line: 2 });
		expect(bearer.signal.lines[0]!.text).toContain('Authorization: Bearer');
		expect(JSON.stringify(d.causes)).not.toContain(AT.slice(5, 21));
		expect(JSON.stringify(d.signals)).not.toContain(AT.slice(5, 21));
	});
	it('the top cause is the one the evidence supports best: scores descend', () => {
		const d = diagnose({ paste: '{"error":"invalid_code"} {"code":"INVALID_OAUTHTOKEN"}' }, data);
		const scores = d.causes.map((c) => c.score);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
	});
	it('evidence against a cause is kept apart', () => {
		const d = diagnose({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads', scopes: 'ZohoCRM.modules.ALL' }, data);
		const c = d.causes.find((x) => x.id === 'scope-mismatch')!;
		expect(c.evidence.filter((e) => e.against).map((e) => e.signal.code)).toEqual(['scope_covered']);
	});
	it('words every piece of evidence (fields name their source)', () => {
		const d = diagnose({ paste: 'HTTP/1.1 401', error: 'INVALID_TOKEN', dc: 'eu' }, data);
		for (const c of d.causes) for (const e of c.evidence) expect(describeEvidence(e, data, ctx)).toMatch(/\.$|[a-z)]$/);
		expect(d.signals.find((s) => s.code === 'error_known')!.lines[0]).toEqual({ source: 'error', text: 'INVALID_TOKEN' });
	});
});

describe('diagnose: scope mismatch with the endpoint known', () => {
	it('names the exact scopes the endpoint needs and which are lacking', () => {
		const d = diagnose({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Deals/4150868000001234567', scopes: 'ZohoCRM.users.READ,ZohoCRM.org.READ' }, data);
		const c = d.causes[0]!;
		expect(c.id).toBe('scope-mismatch');
		expect(c.scopeCheck?.endpointId).toBe('get-a-record');
		expect(c.scopeCheck?.display).toBe('GET /crm/v8/Deals/{record_id}');
		expect(c.scopeCheck?.groups[0]?.alternatives).toContain('ZohoCRM.modules.deals.READ');
		expect(c.scopeCheck?.groups[0]?.heldBy).toBeUndefined();
		expect(c.scopeCheck?.add).toEqual(['ZohoCRM.modules.deals.READ']);
		expect(c.links.some((l) => routes.to(l.to).startsWith('/scopes/?s=') && routes.to(l.to).includes('ZohoCRM.modules.deals.READ'))).toBe(true);
		expect(d.share.endpoint).toBe('GET /crm/v8/Deals/{record_id}');
	});
	it('its fix offers both ways: a new consent, or incremental authorization', () => {
		const fix = data.causes.find((c) => c.id === 'scope-mismatch')!.fix;
		expect(fix).toMatch(/prompt=consent/);
		expect(fix).toMatch(/scopeenhance/);
		expect(fix).toMatch(/addextrascope/);
	});
	it('a two-group endpoint (COQL) lists both and what is held', () => {
		const d = diagnose({ paste: 'POST https://www.zohoapis.com/crm/v8/coql\n{"code":"OAUTH_SCOPE_MISMATCH"}', scopes: 'ZohoCRM.coql.READ' }, data);
		const check = d.causes[0]?.scopeCheck;
		expect(check?.groups.length).toBeGreaterThanOrEqual(2);
		expect(check?.groups.some((g) => g.heldBy === 'ZohoCRM.coql.READ')).toBe(true);
		expect(check?.groups.some((g) => g.heldBy === undefined)).toBe(true);
	});
	it('checklist links carry type, dc, scopes and the step anchor', () => {
		const d = diagnose({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads', scopes: 'ZohoCRM.users.READ', dc: 'eu' }, data);
		const hrefs = d.causes[0]!.links.map((l) => routes.to(l.to));
		expect(hrefs).toContain('/checklist/?type=server-based&dc=eu&s=ZohoCRM.users.READ,ZohoCRM.modules.leads.READ#grant-authorization-url');
	});
});

describe('diagnose: ranking by context', () => {
	it('a bare invalid_client ranks the wrong data center first (the commonest cause)', () => {
		expect(diagnose({ error: 'invalid_client' }, data).causes.map((c) => c.id).slice(0, 2)).toEqual(['wrong-data-center', 'client-credentials-wrong']);
	});
	it('invalid_code on a refresh ranks the revoked refresh token first', () => {
		const ids = diagnose({ paste: 'grant_type=refresh_token\n{"error":"invalid_code"}' }, data).causes.map((c) => c.id);
		expect(ids.slice(0, 2)).toEqual(['refresh-token-revoked', 'code-expired-or-reused']);
	});
	it('an SDK log line tells the grant type', () => {
		expect(top('Access Token has expired. Hence refreshing.\nCaused By : INVALID TOKEN ERROR - invalid_code')).toBe('refresh-token-revoked');
		expect(top('Access token can be generated by grant token.\nCaused By: INVALID TOKEN ERROR - invalid_code')).toBe('code-expired-or-reused');
	});
	it('INVALID_TOKEN without DC evidence ranks expiry above the DC mismatch', () => {
		const ids = diagnose({ error: 'INVALID_TOKEN' }, data).causes.map((c) => c.id);
		expect(ids.indexOf('access-token-expired')).toBeLessThan(ids.indexOf('api-domain-mismatch'));
	});
	it('INVALID_TOKEN with the dc field and a US API call ranks the DC mismatch first', () => {
		expect(top('GET https://www.zohoapis.com/crm/v8/Leads -> INVALID_TOKEN', { dc: 'eu' })).toBe('api-domain-mismatch');
	});
	it('"the refresh works" speaks against plain expiry', () => {
		expect(top('{"code":"INVALID_TOKEN"} although the token refresh succeeds every time')).toBe('api-domain-mismatch');
	});
	it('an accounts server and an API domain of different DCs point at the DC', () => {
		expect(top('ZOHO_ACCOUNTS_URL=https://accounts.zoho.eu\nZOHO_API_BASE=https://www.zohoapis.com\n{"code":"INVALID_TOKEN"}')).toBe('api-domain-mismatch');
	});
	it('a guessed host no DC uses is flagged', () => {
		const d = diagnose({ paste: 'GET https://mail.zoho.xx/api/accounts -> 401' }, data);
		expect(d.signals.map((s) => s.code)).toContain('api_host_unknown');
		expect(d.causes[0]?.id).toBe('api-domain-mismatch');
	});
	it('a multi-DC redirect that was followed speaks against the DC and for the credentials', () => {
		const d = diagnose(
			{ paste: 'https://accounts.zoho.com/oauth/v2/auth?scope=ZohoCRM.users.READ&access_type=offline&prompt=consent\ncallback ?code=…&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu\nPOST https://accounts.zoho.eu/oauth/v2/token\n{"error":"invalid_client"}' },
			data,
		);
		expect(d.causes[0]?.id).toBe('client-credentials-wrong');
		expect(d.causes.find((c) => c.id === 'wrong-data-center')?.evidence.find((e) => e.signal.code === 'accounts_dc_followed')?.against).toBe(true);
	});
	it('the order of the lines does not matter', () => {
		const lines = ['HTTP/1.1 401 Unauthorized', 'GET https://www.zohoapis.com/crm/v8/Leads', '{"code":"INVALID_TOKEN","message":"invalid oauth token"}', 'token: {"api_domain":"https://www.zohoapis.eu","access_token":"…","expires_in":3600,"refresh_token":"…"}'];
		const ids = (ls: string[]) => diagnose({ paste: ls.join('\n') }, data).causes.map((c) => `${c.id}:${c.score}`);
		expect(ids([...lines].reverse())).toEqual(ids(lines));
		expect(ids([lines[2]!, lines[0]!, lines[3]!, lines[1]!])).toEqual(ids(lines));
		expect(ids(lines)[0]).toMatch(/^api-domain-mismatch/);
	});
});

describe('diagnose: secrets', () => {
	it.each([
		['a Zoho access token in a header', `curl -H "Authorization: Zoho-oauthtoken ${AT}" https://www.zohoapis.com/crm/v8/Leads`, 'authorization-header'],
		['a refresh token in JSON', `{"access_token":"${AT}","refresh_token":"${RT}","expires_in":3600}`, 'access-token'],
		['a client secret in a form body', '-d "client_secret=9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5"', 'client-secret'],
		['a bare token', `token is ${RT} thanks`, 'zoho-token'],
		['a grant code in a redirect', 'https://a.example/cb?code=1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210&location=us', 'grant-code'],
		['a bearer token in code', `headers: { "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" }`, 'authorization-header'],
	])('finds %s, and never echoes it', (_name, paste, kind) => {
		const d = diagnose({ paste }, data);
		expect(d.secrets.map((s) => s.kind)).toContain(kind);
		const out = JSON.stringify({ causes: d.causes, signals: d.signals, share: d.share });
		expect(out).not.toMatch(/1000\.[0-9a-f]{16}|9f8e7d6c|eyJzdWIiOiIxIn0/);
	});
	it('placeholders are not secrets', () => {
		expect(detectSecrets('client_secret=${ZOHO_CLIENT_SECRET} -H "Authorization: Zoho-oauthtoken {access_token}" refresh_token=<your_refresh_token> code=1000.xxxx "Authorization": "Bearer ${auth.accessToken}"')).toEqual([]);
	});
	it('redacts every secret', () => {
		const red = redactSecrets(`{"access_token":"${AT}","refresh_token":"${RT}"} client_secret=abcdef0123456789abcdef`);
		expect(red).not.toMatch(/[0-9a-f]{20}/);
		expect(red).toContain('[redacted access-token]');
		expect(detectSecrets(red)).toEqual([]);
	});
	it('a secret typed into a field is flagged and kept out of the link', () => {
		const d = diagnose({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: `GET /crm/v8/Leads?access_token=${AT}` }, data);
		expect(d.secretInFields).toBe(true);
		expect(JSON.stringify(d.share)).not.toContain(AT.slice(5, 20));
	});
});

describe('diagnose: unknown and unrelated input', () => {
	it('an unknown error is "not recognised" and says what would help', () => {
		const d = diagnose({ paste: '{"code":"SOMETHING_NEW","message":"odd","status":"error"}' }, data);
		expect(d.status).toBe('not-recognised');
		expect(d.causes.map((c) => c.id)).toEqual(['not-recognised']);
		expect(describeSignal(d.causes[0]!.evidence[0]!.signal)).toContain('SOMETHING_NEW');
		expect(d.missing).toEqual(['response', 'endpoint', 'dc']);
	});
	it('a known wrapper without the error inside is recognised but not diagnosed', () => {
		const d = diagnose({ paste: 'com.zoho.crm.api.exception.SDKException. Caused by : INVALID TOKEN ERROR' }, data);
		expect(d.status).toBe('not-recognised');
		expect(d.causes[0]?.evidence[0]?.signal.params.error).toBe('sdk-token-error-wrapper');
	});
	it('nothing typed is empty', () => {
		expect(diagnose({}, data).status).toBe('empty');
		expect(diagnose({ paste: '   ' }, data).causes).toEqual([]);
	});
	it.each([
		'The weather in Berlin is nice today.',
		'Our token expired yesterday and the code was invalid, please help',
		'SELECT * FROM users WHERE id = 1; DROP TABLE users;',
		'<script>alert("INVALID_CODE")</script><img src=x onerror=alert(1)>',
		'{"status":"success","data":[{"id":"1","Last_Name":"Smith"}]}',
		'GET https://example.com/api/v1/users HTTP/1.1 200 OK',
		'invalid code, invalid client, access denied by firewall',
		'{'.repeat(5000),
		'https://www.zoho.com/crm/developer/docs/api/v8/scopes.html',
		'ZohoCRM.modules.leads.READ,ZohoCRM.users.READ',
		'\u0000\u202e\ud800 expired',
	])('no false diagnosis for %j', (paste) => {
		const d = diagnose({ paste }, data);
		expect(d.causes.filter((c) => !c.fallback && c.id !== 'access-token-expired').map((c) => c.id)).toEqual([]);
	});
	it('never throws, and scores descend, for arbitrary input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), fc.string({ maxLength: 5 }), (paste, error, endpoint, scopes, dc) => {
				const d = diagnose({ paste, error, endpoint, scopes, dc }, data);
				expect(['empty', 'diagnosed', 'not-recognised']).toContain(d.status);
				for (let i = 1; i < d.causes.length; i++) expect(d.causes[i - 1]!.score).toBeGreaterThanOrEqual(d.causes[i]!.score);
			}),
			{ numRuns: 300 },
		);
	});
	it('never throws and never leaks a token on mixtures of real fragments', () => {
		const parts = ['{"code":"', 'OAUTH_SCOPE_MISMATCH', '"}', 'https://www.zohoapis.eu/crm/v8/', 'Leads', '?', '&location=', 'grant_type=refresh_token', AT, 'ZohoCRM.modules.ALL', 'curl -X ', 'DELETE ', '%', '\\/', '{module_api_name}', 'accounts-server=', 'api_domain":"', 'Authorization: Bearer ', '\n', 'HTTP/1.1 401', '4834 Invalid Ticket Id'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (xs) => {
				const d = diagnose({ paste: xs.join('') }, data);
				expect(JSON.stringify({ share: d.share, causes: d.causes, signals: d.signals })).not.toContain('8f3a1c2b9d4e5f60');
			}),
			{ numRuns: 300 },
		);
	});
	it('accepts non-string input without throwing', () => {
		expect(() => diagnose({ paste: 42 as unknown as string, error: null as unknown as string }, data)).not.toThrow();
	});
});

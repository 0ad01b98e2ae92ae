// Secret detection (src/lib/secrets.ts): tokens, secrets and grant codes in any notation are found,
// placeholders are not, and what is shown back never holds one.
import { describe, expect, it } from 'vitest';
import { containsSecret, detectSecrets, redactForDisplay, redactSecrets } from '../../src/lib/secrets';

const AT = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';

describe('detectSecrets', () => {
	it.each([
		['a keyed access token', `"access_token":"${AT}"`, 'access-token'],
		['a keyed refresh token', `refresh_token=${AT}`, 'refresh-token'],
		['a grant code parameter', `?code=${AT}&location=eu`, 'grant-code'],
		['a client secret in .env', 'ZOHO_CLIENT_SECRET=9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5', 'client-secret'],
		['an Authorization header', `Authorization: Zoho-oauthtoken ${AT}`, 'authorization-header'],
		['a Bearer value without the header name', '"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"', 'authorization-header'],
		['a Zoho token glued to other text', `token${AT}https://x`, 'zoho-token'],
	])('%s', (_name, text, kind) => {
		expect(detectSecrets(text).map((s) => s.kind)).toContain(kind);
		expect(redactSecrets(text)).not.toContain('8f3a1c2b9d4e5f6');
	});
	it('placeholders are not secrets', () => {
		for (const t of ['client_secret=${ZOHO_CLIENT_SECRET}', 'Authorization: Zoho-oauthtoken {access_token}', 'refresh_token=<your_refresh_token>', 'code=1000.xxxx', '"Bearer ${auth.accessToken}"', 'Zoho-oauthtoken 1000.xxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyy'])
			expect(containsSecret(t), t).toBe(false);
	});
});

describe('redactForDisplay', () => {
	it('masks opaque runs no rule names (cookies, hashes), keeps codes, hosts and paths', () => {
		const t = 'Set-Cookie: b266a5bf57=0123456789abcdef0123456789abcdef; Path=/ GET https://www.zohoapis.com/crm/v8/Leads/4150868000001234567 OAUTH_SCOPE_MISMATCH zohocrmsdk.src.com.zoho.crm.api.exception.SDKException 2024-06-18T15:58:13.498983+02:00';
		const out = redactForDisplay(t);
		expect(out).not.toContain('0123456789abcdef');
		for (const keep of ['www.zohoapis.com/crm/v8/Leads/4150868000001234567', 'OAUTH_SCOPE_MISMATCH', 'SDKException', '2024-06-18T15:58:13']) expect(out).toContain(keep);
	});
	it('redacts the secrets the rules know first', () => {
		expect(redactForDisplay(`refresh_token=${AT}`)).toBe('refresh_token=[redacted refresh-token]');
	});
});

// The examples of issue #11 ("Why"): plain Zoho errors the old troubleshooter did not recognise.
// Each must now get the right cause first.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/lib/troubleshoot';
import { data } from './data';

const cases: { name: string; paste: string; fields?: { dc?: string; endpoint?: string }; cause: string }[] = [
	{ name: '`invalid_client_secret`', paste: '{"error":"invalid_client_secret"}', cause: 'client-credentials-wrong' },
	{ name: '`invalid_scope`', paste: 'https://app.example.com/callback?error=invalid_scope', cause: 'invalid-scope-name' },
	{ name: '`AUTHENTICATION_FAILURE`', paste: '{"code":"AUTHENTICATION_FAILURE","details":{},"message":"Authentication failed","status":"error"}', cause: 'wrong-auth-header-scheme' },
	{ name: "a PHP wrapper's grant-code exception (class name only)", paste: 'Weble\\ZohoClient\\Exception\\GrantCodeNotSetException', cause: 'refresh-token-not-configured' },
	{ name: 'a PHP wrapper\'s invalid-grant-code exception', paste: '[2024-03-01 10:00:00] production.ERROR: Weble\\ZohoClient\\Exception\\InvalidGrantCodeException {"exception":"[object] (Weble\\ZohoClient\\Exception\\InvalidGrantCodeException(code: 0)', cause: 'code-expired-or-reused' },
	{ name: '"The transmitted client ID does not exist"', paste: 'Invalid Client\nThe transmitted client ID does not exist', cause: 'wrong-data-center' },
	{ name: 'legacy `4834 Invalid Ticket Id`', paste: '{"response":{"error":{"code":"4834","message":"Invalid Ticket Id"}}}', cause: 'legacy-authtoken-api' },
	{ name: 'a request sent with `Authorization: Bearer …`', paste: 'curl -H "Authorization: Bearer 1000.xxxx.yyyy" https://www.zohoapis.com/crm/v8/Leads', cause: 'wrong-auth-header-scheme' },
	{ name: 'a 401 from an EU account calling www.zohoapis.com', paste: 'GET https://www.zohoapis.com/crm/v8/Contacts\nHTTP/1.1 401 Unauthorized', fields: { dc: 'eu' }, cause: 'api-domain-mismatch' },
];

describe('issue #11 "Why" examples', () => {
	it.each(cases)('$name → $cause', ({ paste, fields, cause }) => {
		const d = diagnose({ paste, ...fields }, data);
		expect(d.status).toBe('diagnosed');
		expect(d.causes[0]?.id).toBe(cause);
		expect(d.causes[0]?.evidence.length).toBeGreaterThan(0);
	});
});

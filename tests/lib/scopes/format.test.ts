import { describe, expect, test } from 'vitest';
import { encodeScopeParam, formatScopes } from '../../../src/lib/scopes';

const scopes = ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'];

describe('formatScopes', () => {
	test.each([
		{ format: 'plain', expected: 'ZohoCRM.modules.ALL,ZohoCRM.users.READ' },
		{ format: 'self-client', expected: 'ZohoCRM.modules.ALL,ZohoCRM.users.READ' },
		{ format: 'json', expected: '[\n  "ZohoCRM.modules.ALL",\n  "ZohoCRM.users.READ"\n]' },
		{
			format: 'auth-url',
			expected:
				'{accountsServer}/oauth/v2/auth?response_type=code&client_id={client_id}&scope=ZohoCRM.modules.ALL,ZohoCRM.users.READ&redirect_uri={redirect_uri}&access_type=offline&prompt=consent',
		},
	] as const)('$format', ({ format, expected }) => {
		expect(formatScopes(scopes, format)).toBe(expected);
	});

	test('drops blanks and spaces in the Self Client form', () => {
		expect(formatScopes([' ZohoCRM.coql.READ ', '', 'ZohoCRM.users.READ'], 'self-client')).toBe('ZohoCRM.coql.READ,ZohoCRM.users.READ');
	});

	test('fills given values into the authorization URL, encoded', () => {
		const url = formatScopes(scopes, 'auth-url', {
			accountsServer: 'https://accounts.zoho.eu/',
			clientId: '1000.ABC',
			redirectUri: 'https://example.com/cb?x=1',
			accessType: 'online',
			promptConsent: false,
		});
		expect(url).toBe(
			'https://accounts.zoho.eu/oauth/v2/auth?response_type=code&client_id=1000.ABC&scope=ZohoCRM.modules.ALL,ZohoCRM.users.READ&redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1&access_type=online',
		);
		const parsed = new URL(url);
		expect(parsed.searchParams.get('scope')).toBe(scopes.join(','));
	});

	test('encodes each scope but keeps commas literal', () => {
		expect(encodeScopeParam(['A.b&c.READ', 'ZohoCampaigns.contact.CREATE-UPDATE'])).toBe('A.b%26c.READ,ZohoCampaigns.contact.CREATE-UPDATE');
	});

	test('formats an empty list', () => {
		expect(formatScopes([], 'plain')).toBe('');
		expect(formatScopes([], 'json')).toBe('[]');
	});
});

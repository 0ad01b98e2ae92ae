import { describe, expect, test } from 'vitest';
import { listScopes, searchScopes } from '../../../src/lib/scopes';
import { index } from '../../fixtures/scopes/catalog';

describe('searchScopes', () => {
	test.each([
		{ query: 'leads', first: 'ZohoCRM.modules.leads' },
		{ query: 'lead', first: 'ZohoCRM.modules.leads' },
		{ query: 'bulk export', first: 'ZohoCRM.bulk' },
		{ query: 'field metadata', first: 'ZohoCRM.settings.fields' },
		{ query: 'module metadata', first: 'ZohoCRM.settings.modules' },
		{ query: 'COQL', first: 'ZohoCRM.coql' },
		{ query: 'search', first: 'ZohoSearch.securesearch' },
		{ query: 'ZohoCRM.modules.leads.READ', first: 'ZohoCRM.modules.leads' },
		{ query: 'sales orders', first: 'ZohoCRM.modules.salesorders' },
	])('$query → $first', ({ query, first }) => {
		expect(searchScopes(index, query)[0]?.fullName).toBe(first);
	});

	test('returns nothing for an empty query or stop words only', () => {
		expect(searchScopes(index, '  ')).toEqual([]);
		expect(searchScopes(index, 'the scope')).toEqual([]);
	});

	test('respects the limit', () => {
		expect(searchScopes(index, 'modules', 3)).toHaveLength(3);
	});
});

describe('listScopes', () => {
	test('lists all entries or one service in any case', () => {
		expect(listScopes(index).length).toBeGreaterThan(20);
		expect(listScopes(index, 'zohosearch').map((e) => e.fullName)).toEqual(['ZohoSearch.securesearch']);
	});
});

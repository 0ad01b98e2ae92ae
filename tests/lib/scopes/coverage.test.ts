import { describe, expect, test } from 'vitest';
import { createScopeIndex, grantsOf, operationCovers, scopeCoverage, scopeCovers } from '../../../src/lib/scopes';
import { index, operations, services } from '../../fixtures/scopes/catalog';

describe('scopeCoverage', () => {
	test.each([
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.leads.READ', expected: 'documented' },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.leads.ALL', expected: 'documented' },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.READ', expected: 'documented' },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.attachments.ALL', expected: 'inferred' },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.notes.READ', expected: 'inferred' },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.activities.READ', expected: 'inferred' },
		{ a: 'ZohoCRM.bulk.ALL', b: 'ZohoCRM.bulk.backup.ALL', expected: 'inferred' },
		{ a: 'ZohoCRM.bulk.ALL', b: 'ZohoCRM.bulk.READ', expected: 'documented' },
		{ a: 'ZohoCRM.modules.READ', b: 'ZohoCRM.modules.leads.READ', expected: 'inferred' },
		{ a: 'ZohoCRM.modules.READ', b: 'ZohoCRM.modules.leads.CREATE', expected: undefined },
		{ a: 'ZohoCRM.modules.READ', b: 'ZohoCRM.modules.leads.ALL', expected: undefined },
		{ a: 'ZohoCRM.modules.WRITE', b: 'ZohoCRM.modules.leads.DELETE', expected: 'inferred' },
		{ a: 'ZohoCRM.modules.leads.WRITE', b: 'ZohoCRM.modules.leads.DELETE', expected: 'documented' },
		{ a: 'ZohoCRM.modules.leads.WRITE', b: 'ZohoCRM.modules.leads.READ', expected: undefined },
		{ a: 'ZohoCRM.modules.leads.CREATE', b: 'ZohoCRM.modules.leads.WRITE', expected: undefined },
		{ a: 'ZohoCRM.modules.leads.ALL', b: 'ZohoCRM.modules.ALL', expected: undefined },
		{ a: 'ZohoCRM.settings.ALL', b: 'ZohoCRM.settings.fields.READ', expected: 'documented' },
		{ a: 'ZohoCRM.settings.ALL', b: 'ZohoCRM.settings.roles.READ', expected: 'inferred' },
		{ a: 'Desk.tickets.WRITE', b: 'Desk.tickets.CREATE', expected: 'inferred' },
		{ a: 'ZohoAnalytics.fullaccess.all', b: 'ZohoAnalytics.data.read', expected: 'documented' },
		{ a: 'ZohoBooks.fullaccess.all', b: 'ZohoBooks.invoices.READ', expected: undefined },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules_x.READ', expected: undefined },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoSearch.securesearch.READ', expected: undefined },
		{ a: 'zohocrm.MODULES.all', b: 'ZohoCRM.modules.leads.read', expected: 'documented' },
		{ a: 'ZohoCRM.coql.READ', b: 'zohocrm.coql.read', expected: 'documented' },
		{ a: 'ZohoCRM.nope.ALL', b: 'ZohoCRM.nope.READ', expected: undefined },
	])('$a covers $b: $expected', ({ a, b, expected }) => {
		expect(scopeCoverage(a, b, index)).toBe(expected);
		expect(scopeCovers(a, b, index)).toBe(expected === 'documented');
	});

	test('without coverage rules, only the operation grammar is documented and names are inferred', () => {
		const bare = createScopeIndex({ operations, services });
		expect(scopeCoverage('ZohoCRM.users.ALL', 'ZohoCRM.users.READ', bare)).toBe('documented');
		expect(scopeCoverage('ZohoCRM.modules.ALL', 'ZohoCRM.modules.leads.READ', bare)).toBe('inferred');
	});
});

describe('operationCovers', () => {
	test.each([
		['ALL', 'WRITE', true],
		['WRITE', 'CREATE', true],
		['WRITE', 'READ', false],
		['CREATE-UPDATE', 'UPDATE', true],
		['CREATE-UPDATE', 'WRITE', false],
		['read', 'READ', true],
	] as const)('%s covers %s: %s', (a, b, expected) => {
		expect(operationCovers(a, b, index)).toBe(expected);
	});
});

describe('grantsOf', () => {
	test('expands WRITE into its implied operations on the scope', () => {
		expect([...grantsOf(['ZohoCRM.modules.leads.WRITE'], index)].sort()).toEqual([
			'ZohoCRM.modules.leads.CREATE',
			'ZohoCRM.modules.leads.DELETE',
			'ZohoCRM.modules.leads.UPDATE',
			'ZohoCRM.modules.leads.WRITE',
		]);
	});

	test('gives a family ALL only the children a source documents', () => {
		const g = grantsOf(['ZohoCRM.settings.ALL'], index);
		expect(g.has('ZohoCRM.settings.modules.ALL')).toBe(true);
		expect(g.has('ZohoCRM.settings.fields.DELETE')).toBe(true);
		expect(g.has('ZohoCRM.settings.roles.DELETE')).toBe(false);
		expect(g.has('ZohoCRM.modules.leads.READ')).toBe(false);
	});

	test('gives a documented service-wide scope every scope of its service', () => {
		expect(grantsOf(['ZohoAnalytics.fullaccess.all'], index).has('ZohoAnalytics.data.delete')).toBe(true);
		expect([...grantsOf(['ZohoBooks.fullaccess.all'], index)]).toEqual(['ZohoBooks.fullaccess.all']);
	});

	test('ignores invalid scopes', () => {
		expect(grantsOf(['nope', 'ZohoCRM.coql.ALL'], index).size).toBe(0);
	});
});

import { describe, expect, test } from 'vitest';
import { grantsOf, operationCovers, scopeCovers } from '../../../src/lib/scopes';
import { index } from '../../fixtures/scopes/catalog';

describe('scopeCovers', () => {
	test.each([
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.leads.READ', expected: true },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules.leads.ALL', expected: true },
		{ a: 'ZohoCRM.modules.READ', b: 'ZohoCRM.modules.leads.READ', expected: true },
		{ a: 'ZohoCRM.modules.READ', b: 'ZohoCRM.modules.leads.CREATE', expected: false },
		{ a: 'ZohoCRM.modules.READ', b: 'ZohoCRM.modules.leads.ALL', expected: false },
		{ a: 'ZohoCRM.modules.WRITE', b: 'ZohoCRM.modules.leads.DELETE', expected: true },
		{ a: 'ZohoCRM.modules.leads.WRITE', b: 'ZohoCRM.modules.leads.READ', expected: false },
		{ a: 'ZohoCRM.modules.leads.CREATE', b: 'ZohoCRM.modules.leads.WRITE', expected: false },
		{ a: 'ZohoCRM.modules.leads.ALL', b: 'ZohoCRM.modules.ALL', expected: false },
		{ a: 'ZohoCRM.settings.ALL', b: 'ZohoCRM.settings.roles.READ', expected: true },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoCRM.modules_x.READ', expected: false },
		{ a: 'ZohoCRM.modules.ALL', b: 'ZohoSearch.securesearch.READ', expected: false },
		{ a: 'zohocrm.MODULES.all', b: 'ZohoCRM.modules.leads.read', expected: true },
		{ a: 'ZohoCRM.nope.ALL', b: 'ZohoCRM.nope.READ', expected: false },
	])('$a covers $b: $expected', ({ a, b, expected }) => {
		expect(scopeCovers(a, b, index)).toBe(expected);
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
	test('expands WRITE into its implied operations on the scope and its children', () => {
		expect([...grantsOf(['ZohoCRM.modules.leads.WRITE'], index)].sort()).toEqual([
			'ZohoCRM.modules.leads.CREATE',
			'ZohoCRM.modules.leads.DELETE',
			'ZohoCRM.modules.leads.UPDATE',
			'ZohoCRM.modules.leads.WRITE',
		]);
	});

	test('gives a family ALL every operation of every child', () => {
		const g = grantsOf(['ZohoCRM.settings.ALL'], index);
		expect(g.has('ZohoCRM.settings.roles.DELETE')).toBe(true);
		expect(g.has('ZohoCRM.settings.modules.ALL')).toBe(true);
		expect(g.has('ZohoCRM.modules.leads.READ')).toBe(false);
	});

	test('ignores invalid scopes', () => {
		expect(grantsOf(['nope', 'ZohoCRM.coql.ALL'], index).size).toBe(0);
	});
});

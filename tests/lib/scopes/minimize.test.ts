import { describe, expect, test } from 'vitest';
import { minimizeScopes } from '../../../src/lib/scopes';
import { index } from '../../fixtures/scopes/catalog';

describe('minimizeScopes', () => {
	test.each([
		{ name: 'modules.ALL absorbs a module scope', input: ['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL'], expected: ['ZohoCRM.modules.ALL'] },
		{ name: 'module-agnostic READ keeps module READ (coverage only inferred)', input: ['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.READ'], expected: ['ZohoCRM.modules.READ', 'ZohoCRM.modules.leads.READ'] },
		{ name: 'modules.ALL keeps attachments (not documented)', input: ['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL'], expected: ['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL'] },
		{ name: 'bulk.ALL keeps bulk.backup (not documented)', input: ['ZohoCRM.bulk.backup.ALL', 'ZohoCRM.bulk.ALL'], expected: ['ZohoCRM.bulk.ALL', 'ZohoCRM.bulk.backup.ALL'] },
		{ name: 'a documented service-wide scope absorbs its service', input: ['ZohoAnalytics.data.read', 'ZohoAnalytics.fullaccess.all'], expected: ['ZohoAnalytics.fullaccess.all'] },
		{ name: 'an undocumented service-wide scope absorbs nothing', input: ['ZohoBooks.invoices.READ', 'ZohoBooks.fullaccess.all'], expected: ['ZohoBooks.fullaccess.all', 'ZohoBooks.invoices.READ'] },
		{ name: 'module-agnostic READ keeps module CREATE', input: ['ZohoCRM.modules.leads.CREATE', 'ZohoCRM.modules.READ'], expected: ['ZohoCRM.modules.READ', 'ZohoCRM.modules.leads.CREATE'] },
		{ name: 'WRITE does not absorb READ', input: ['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.WRITE'], expected: ['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.WRITE'] },
		{ name: 'WRITE absorbs CREATE, UPDATE and DELETE', input: ['ZohoCRM.modules.leads.CREATE', 'ZohoCRM.modules.leads.WRITE', 'ZohoCRM.modules.leads.DELETE'], expected: ['ZohoCRM.modules.leads.WRITE'] },
		{ name: 'READ + CREATE never becomes ALL', input: ['ZohoCRM.users.CREATE', 'ZohoCRM.users.READ'], expected: ['ZohoCRM.users.READ', 'ZohoCRM.users.CREATE'] },
		{ name: 'CREATE + UPDATE + DELETE is not merged into WRITE', input: ['ZohoCRM.modules.deals.DELETE', 'ZohoCRM.modules.deals.UPDATE', 'ZohoCRM.modules.deals.CREATE'], expected: ['ZohoCRM.modules.deals.CREATE', 'ZohoCRM.modules.deals.UPDATE', 'ZohoCRM.modules.deals.DELETE'] },
		{ name: 'settings.ALL absorbs only the documented settings children', input: ['ZohoCRM.settings.fields.READ', 'ZohoCRM.settings.ALL', 'ZohoCRM.settings.roles.ALL'], expected: ['ZohoCRM.settings.ALL', 'ZohoCRM.settings.roles.ALL'] },
		{ name: 'case is normalized', input: ['zohocrm.modules.ALL', 'ZOHOCRM.MODULES.LEADS.read'], expected: ['ZohoCRM.modules.ALL'] },
		{ name: 'CREATE-UPDATE absorbs CREATE', input: ['ZohoCampaigns.contact.CREATE', 'ZohoCampaigns.contact.CREATE-UPDATE'], expected: ['ZohoCampaigns.contact.CREATE-UPDATE'] },
		{ name: 'orders by service, family, name, operation', input: ['Desk.tickets.READ', 'ZohoSearch.securesearch.READ', 'ZohoCRM.users.READ', 'ZohoCRM.modules.leads.WRITE', 'ZohoCRM.modules.leads.READ', 'ZohoCRM.coql.READ'], expected: ['ZohoCRM.coql.READ', 'ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.WRITE', 'ZohoCRM.users.READ', 'ZohoSearch.securesearch.READ', 'Desk.tickets.READ'] },
	])('$name', ({ input, expected }) => {
		expect(minimizeScopes(input, index).scopes).toEqual(expected);
	});

	test('lists duplicates, covered and invalid scopes in removed', () => {
		const r = minimizeScopes(['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL', 'zohocrm.modules.all', 'ZohoCRM.nope.READ'], index);
		expect(r.removed).toEqual([
			{ scope: 'zohocrm.modules.all', reason: 'duplicate', coveredBy: 'ZohoCRM.modules.ALL' },
			{ scope: 'ZohoCRM.nope.READ', reason: 'invalid' },
			{ scope: 'ZohoCRM.modules.leads.READ', reason: 'covered', coveredBy: 'ZohoCRM.modules.ALL' },
		]);
	});

	test('names the scope that stays when coverage chains', () => {
		const r = minimizeScopes(['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.READ', 'ZohoCRM.modules.ALL'], index);
		expect(r.removed.map((x) => x.coveredBy)).toEqual(['ZohoCRM.modules.ALL', 'ZohoCRM.modules.ALL']);
	});

	test('lists the scopes it kept although another one may cover them', () => {
		const r = minimizeScopes(['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL', 'ZohoCRM.modules.leads.READ'], index);
		expect(r.possiblyRedundant).toEqual([{ scope: 'ZohoCRM.modules.attachments.ALL', possiblyCoveredBy: ['ZohoCRM.modules.ALL'] }]);
		expect(r.removed).toEqual([{ scope: 'ZohoCRM.modules.leads.READ', reason: 'covered', coveredBy: 'ZohoCRM.modules.ALL' }]);
	});

	test('accepts scope references', () => {
		expect(minimizeScopes([{ service: 'ZohoCRM', name: 'coql', operation: 'READ' }], index).scopes).toEqual(['ZohoCRM.coql.READ']);
	});

	test('keeps deprecated scopes (removing them would grant less)', () => {
		expect(minimizeScopes(['ZohoCRM.modules.activities.READ'], index).scopes).toEqual(['ZohoCRM.modules.activities.READ']);
	});

	test('minimizes a 10,000-character list', () => {
		const mods = ['leads', 'contacts', 'accounts', 'deals', 'tasks', 'custom'];
		const ops = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'WRITE', 'ALL'];
		const list: string[] = [];
		for (let i = 0; list.join(',').length < 10_000; i++) list.push(`ZohoCRM.modules.${mods[i % 6]}.${ops[Math.floor(i / 6) % 6]}`);
		const r = minimizeScopes(list, index);
		expect(r.scopes).toEqual(mods.map((m) => `ZohoCRM.modules.${m}.ALL`).sort());
	});
});

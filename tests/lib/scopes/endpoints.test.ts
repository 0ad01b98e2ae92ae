import { describe, expect, test } from 'vitest';
import { endpointNeedsModule, listModules, minimizeScopes, solveEndpointScopes } from '../../../src/lib/scopes';
import { endpoints, index } from '../../fixtures/scopes/catalog';

const byId = (id: string) => endpoints.find((e) => e.id === id)!;

describe('solveEndpointScopes', () => {
	test.each([
		{ name: 'one read endpoint', picks: [{ endpointId: 'get-records', module: 'Leads' }], narrow: ['ZohoCRM.modules.leads.READ'], broad: ['ZohoCRM.modules.ALL'] },
		{ name: 'read + insert on one module', picks: [{ endpointId: 'get-records', module: 'leads' }, { endpointId: 'insert-records', module: 'leads' }], narrow: ['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.CREATE'], broad: ['ZohoCRM.modules.ALL'] },
		{ name: 'module API names with underscores', picks: [{ endpointId: 'get-records', module: 'Sales_Orders' }], narrow: ['ZohoCRM.modules.salesorders.READ'], broad: ['ZohoCRM.modules.ALL'] },
		{ name: 'COQL needs two groups', picks: [{ endpointId: 'coql-query' }], narrow: ['ZohoCRM.coql.READ', 'ZohoCRM.modules.READ'], broad: ['ZohoCRM.coql.READ', 'ZohoCRM.modules.ALL'] },
		{ name: 'COQL scope reused for get-records', picks: [{ endpointId: 'coql-query' }, { endpointId: 'get-records', module: 'deals' }], narrow: ['ZohoCRM.coql.READ', 'ZohoCRM.modules.READ'], broad: ['ZohoCRM.coql.READ', 'ZohoCRM.modules.ALL'] },
		{ name: 'search needs ZohoSearch too', picks: [{ endpointId: 'search-records', module: 'contacts' }], narrow: ['ZohoCRM.modules.contacts.READ', 'ZohoSearch.securesearch.READ'], broad: ['ZohoCRM.modules.ALL', 'ZohoSearch.securesearch.READ'] },
		{ name: 'metadata endpoints', picks: [{ endpointId: 'get-fields' }, { endpointId: 'get-layouts' }, { endpointId: 'get-roles' }], narrow: ['ZohoCRM.settings.fields.READ', 'ZohoCRM.settings.layouts.READ', 'ZohoCRM.settings.roles.READ'], broad: ['ZohoCRM.settings.ALL', 'ZohoCRM.settings.roles.ALL'] },
		{ name: 'attachments need their own scope next to modules.ALL', picks: [{ endpointId: 'list-attachments', module: 'deals' }], narrow: ['ZohoCRM.modules.attachments.READ', 'ZohoCRM.modules.deals.READ'], broad: ['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL'] },
		{ name: 'a backup needs bulk.backup, never bulk.ALL', picks: [{ endpointId: 'schedule-backup' }], narrow: ['ZohoCRM.bulk.backup.CREATE'], broad: ['ZohoCRM.bulk.backup.ALL'] },
		{ name: 'services other than CRM', picks: [{ endpointId: 'analytics-export' }, { endpointId: 'books-list-invoices' }], narrow: ['ZohoAnalytics.data.read', 'ZohoBooks.invoices.READ'], broad: ['ZohoAnalytics.data.read', 'ZohoBooks.invoices.READ'] },
		{ name: 'insert + delete', picks: [{ endpointId: 'insert-records', module: 'leads' }, { endpointId: 'delete-records', module: 'leads' }], narrow: ['ZohoCRM.modules.leads.CREATE', 'ZohoCRM.modules.leads.DELETE'], broad: ['ZohoCRM.modules.ALL'] },
	])('$name', ({ picks, narrow, broad }) => {
		const n = solveEndpointScopes(picks, endpoints, index, 'narrow');
		const b = solveEndpointScopes(picks, endpoints, index, 'broad');
		expect(n.scopes).toEqual(narrow);
		expect(b.scopes).toEqual(broad);
		expect(n.issues).toEqual([]);
		for (const r of [n, b]) expect(minimizeScopes(r.scopes, index).scopes).toEqual(r.scopes);
	});

	test('explains which scope satisfies each group', () => {
		const r = solveEndpointScopes([{ endpointId: 'get-records', module: 'leads' }, { endpointId: 'insert-records', module: 'leads' }], endpoints, index, 'broad');
		expect(r.endpoints[0]).toEqual({
			endpointId: 'get-records',
			module: 'leads',
			groups: [
				{
					alternatives: ['ZohoCRM.modules.ALL', 'ZohoCRM.modules.READ', 'ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.ALL'],
					satisfiedBy: 'ZohoCRM.modules.ALL',
					via: 'ZohoCRM.modules.ALL',
				},
			],
		});
	});

	test('assumes leads and reports module_required when no module is chosen', () => {
		const r = solveEndpointScopes([{ endpointId: 'get-records' }], endpoints, index);
		expect(r.scopes).toEqual(['ZohoCRM.modules.leads.READ']);
		expect(r.issues).toEqual([{ code: 'module_required', severity: 'warning', endpointId: 'get-records', usedModule: 'leads' }]);
	});

	test('reports an unknown module with a suggestion and falls back to module-wide scopes', () => {
		const r = solveEndpointScopes([{ endpointId: 'get-records', module: 'leeds' }], endpoints, index);
		expect(r.issues).toEqual([{ code: 'unknown_module', severity: 'error', endpointId: 'get-records', module: 'leeds', suggestion: 'leads' }]);
		expect(r.scopes).toEqual(['ZohoCRM.modules.READ']);
	});

	test('reports unknown endpoints and unsatisfiable groups', () => {
		const r = solveEndpointScopes([{ endpointId: 'nope' }, { endpointId: 'broken' }], endpoints, index);
		expect(r.issues.map((i) => i.code)).toEqual(['unknown_endpoint', 'unsatisfiable_group']);
		expect(r.scopes).toEqual([]);
	});

	test('returns no scopes for no picks', () => {
		expect(solveEndpointScopes([], endpoints, index)).toEqual({ scopes: [], endpoints: [], issues: [] });
	});
});

describe('endpointNeedsModule', () => {
	test.each([
		['get-records', true],
		['coql-query', false],
		['get-fields', false],
	])('%s → %s', (id, expected) => {
		expect(endpointNeedsModule(byId(id))).toBe(expected);
	});
});

describe('listModules', () => {
	test('lists CRM module scope names without deprecated ones', () => {
		const mods = listModules(index);
		expect(mods).toContain('leads');
		expect(mods).toContain('appointments_rescheduled_history');
		expect(mods).not.toContain('activities');
		expect(listModules(index, 'Desk')).toEqual([]);
	});
});

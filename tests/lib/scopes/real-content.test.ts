// Runs the scope core over the real catalog in content/ (skipped until content/scopes exists).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	analyzeScopeString,
	createScopeIndex,
	endpointNeedsModule,
	grantsOf,
	listModules,
	minimizeScopes,
	parseScopeString,
	searchScopes,
	solveEndpointScopes,
} from '../../../src/lib/scopes';
import { CONTENT_DIR, loadContent } from '../../helpers/content';
import { satisfiedGroups } from './satisfied-groups';

const hasCatalog = existsSync(join(CONTENT_DIR, 'scopes')) && existsSync(join(CONTENT_DIR, 'operations.yaml'));

describe.skipIf(!hasCatalog)('scope core over the real content', () => {
	const content = hasCatalog ? loadContent() : undefined;
	const index = createScopeIndex({ operations: content?.operations ?? [], services: content?.services ?? [], coverage: content?.coverage ?? [] });
	const all = index.entries.flatMap((e) => e.entry.operations.map((op) => `${e.fullName}.${op}`));

	test('every catalog scope parses without errors or warnings (deprecations aside)', () => {
		const problems = all.flatMap((s) => parseScopeString(s, index).issues.filter((i) => i.code !== 'deprecated_scope'));
		expect(problems.map((i) => `${i.code}: ${i.token}`)).toEqual([]);
	});

	test('every operation of every entry is in operations.yaml (any case)', () => {
		const missing = index.entries.flatMap((e) => e.entry.operations.filter((op) => !index.operationByLower.has(op.toLowerCase())).map((op) => `${e.fullName}.${op}`));
		expect(missing).toEqual([]);
	});

	test('the CRM group scopes cover the children Zoho documents, and only those', () => {
		const min = minimizeScopes(['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL', 'ZohoCRM.modules.contacts.WRITE'], index);
		expect(min.scopes).toEqual(['ZohoCRM.modules.ALL']);
		expect(listModules(index)).toContain('leads');
		expect(minimizeScopes(['ZohoCRM.settings.ALL', 'ZohoCRM.settings.fields.READ', 'ZohoCRM.settings.roles.READ'], index).scopes).toEqual([
			'ZohoCRM.settings.ALL',
			'ZohoCRM.settings.roles.READ',
		]);
	});

	test.each([
		['ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL', 'ZohoCRM.modules.attachments.ALL'],
		['ZohoCRM.bulk.ALL,ZohoCRM.bulk.backup.ALL', 'ZohoCRM.bulk.backup.ALL'],
	])('%s keeps both scopes, with a possibly_redundant note', (input, narrower) => {
		const r = analyzeScopeString(input, index);
		expect(r.minimalString).toBe(input);
		expect(r.issues.map((i) => `${i.code} ${i.token}`)).toEqual([`possibly_redundant ${narrower}`]);
	});

	test('service-wide scopes cover what their service documents, and nothing where it is silent', () => {
		expect(minimizeScopes(['ZohoAnalytics.fullaccess.all', 'ZohoAnalytics.data.read', 'ZohoAnalytics.modeling.create'], index).scopes).toEqual(['ZohoAnalytics.fullaccess.all']);
		expect(minimizeScopes(['ZohoBooks.fullaccess.all', 'ZohoBooks.invoices.READ'], index).scopes).toHaveLength(2);
		expect(minimizeScopes(['ZohoInventory.FullAccess.all', 'ZohoInventory.contacts.READ'], index).scopes).toHaveLength(2);
		expect(parseScopeString('ZohoBooks.fullaccess.all,ZohoInventory.FullAccess.all,ZohoAnalytics.fullaccess.all', index).valid).toBe(true);
	});

	test('the minimal string satisfies every endpoint scope group the input satisfied (real catalog)', () => {
		const endpoints = content?.endpoints ?? [];
		const fromGroups = [...new Set(endpoints.flatMap((e) => e.scopeGroups.flat().map((p) => p.replaceAll('{module}', listModules(index, e.service)[0] ?? 'leads'))))];
		const modules = ['leads', 'contacts', 'deals', 'accounts', 'products'];
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...fromGroups), fc.constantFrom(...all)), { maxLength: 10 }), (scopes) => {
				const { scopes: minimal } = minimizeScopes(scopes, index);
				const after = new Set(satisfiedGroups(minimal, endpoints, index, modules));
				expect(satisfiedGroups(scopes, endpoints, index, modules).filter((g) => !after.has(g))).toEqual([]);
			}),
			{ numRuns: 200 },
		);
	}, 60_000);

	test.each([
		{ query: 'leads', first: 'ZohoCRM.modules.leads' },
		{ query: 'field metadata', first: 'ZohoCRM.settings.fields' },
		{ query: 'coql', first: 'ZohoCRM.coql' },
	])('search "$query" ranks $first first', ({ query, first }) => {
		expect(searchScopes(index, query)[0]?.fullName).toBe(first);
	});

	test('search "bulk export" finds a bulk scope first', () => {
		expect(searchScopes(index, 'bulk export')[0]?.fullName).toMatch(/\.bulk/);
	});

	test('every endpoint resolves to a minimal scope list in both modes', () => {
		const problems: string[] = [];
		for (const e of content?.endpoints ?? []) {
			const pick = endpointNeedsModule(e) ? { endpointId: e.id, module: listModules(index, e.service)[0] ?? 'leads' } : { endpointId: e.id };
			for (const mode of ['narrow', 'broad'] as const) {
				const r = solveEndpointScopes([pick], content?.endpoints ?? [], index, mode);
				for (const i of r.issues) problems.push(`${e.id} (${mode}): ${i.code}`);
				if (r.scopes.length === 0) problems.push(`${e.id} (${mode}): no scopes`);
				expect(minimizeScopes(r.scopes, index).scopes).toEqual(r.scopes);
			}
		}
		expect(problems).toEqual([]);
	});

	test('minimize keeps grants over the real catalog', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...all), { maxLength: 12 }), (scopes) => {
				const { scopes: minimal } = minimizeScopes(scopes, index);
				expect([...grantsOf(minimal, index)].sort()).toEqual([...grantsOf(scopes, index)].sort());
				expect(minimizeScopes(minimal, index).scopes).toEqual(minimal);
			}),
			{ numRuns: 200 },
		);
	});

	test('minimizes a 10,000-character paste of real scopes to a clean fixed point', () => {
		let input = '';
		for (let i = 0; input.length < 10_000; i++) input += `${all[(i * 7) % all.length]}${i % 5 === 0 ? ' ' : ','}`;
		const once = minimizeScopes(parseScopeString(input, index).scopes, index).scopes;
		expect(once.length).toBeGreaterThan(0);
		expect(minimizeScopes(once, index).scopes).toEqual(once);
	});
});

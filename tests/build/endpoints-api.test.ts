// The published endpoint catalog (/api/endpoints.json) reaches beyond Zoho CRM: at least 100
// non-CRM endpoints across at least four services, each with scope groups and a Zoho source; the
// composer's first data file stays free of endpoints (they load with the picker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, hasDist } from '../helpers/dist';

interface Item {
	id: string;
	service: string;
	scopeGroups: string[][];
	sources: string[];
	confidence: string;
}

/** Zoho's own hosts: its product sites, its developer sites and its GitHub organisation. */
const ZOHO_SOURCE = /^https:\/\/(?:(?:www|desk|api-console|accounts)\.)?(?:zoho\.(?:com|eu|in|com\.au|jp)|bigin\.com)\/|^https:\/\/github\.com\/zoho\//;

describe.skipIf(!hasDist())('/api/endpoints.json', () => {
	const api = JSON.parse(readFileSync(join(DIST, 'api/endpoints.json'), 'utf8')) as { collection: string; schemaVersion: number; items: Item[] };

	it('keeps its envelope', () => {
		expect(api).toMatchObject({ collection: 'endpoints', schemaVersion: 1 });
	});

	it('publishes at least 100 non-CRM endpoints across at least 4 services, each with scope groups and a Zoho source', () => {
		const zohoSourced = api.items.filter(
			(e) => e.service !== 'ZohoCRM' && e.scopeGroups.length > 0 && e.scopeGroups.every((g) => g.length > 0) && e.sources.some((s) => ZOHO_SOURCE.test(s)),
		);
		const perService = new Map<string, number>();
		for (const e of zohoSourced) perService.set(e.service, (perService.get(e.service) ?? 0) + 1);
		expect(zohoSourced.length).toBeGreaterThanOrEqual(100);
		expect([...perService.keys()].length).toBeGreaterThanOrEqual(4);
		for (const service of ['Desk', 'ZohoAnalytics', 'ZohoBooks', 'ZohoInventory', 'ZohoBigin']) expect(perService.get(service), service).toBeGreaterThan(0);
	});

	it('names a Zoho source first on every endpoint', () => {
		expect(api.items.filter((e) => !ZOHO_SOURCE.test(e.sources[0] ?? '')).map((e) => `${e.id}: ${e.sources[0]}`)).toEqual([]);
	});

	it('leaves endpoints out of the data the composer loads first', () => {
		const first = readFileSync(join(DIST, 'data/composer.json'));
		expect(JSON.parse(first.toString('utf8'))).not.toHaveProperty('endpoints');
		expect(JSON.parse(readFileSync(join(DIST, 'data/endpoints.json'), 'utf8')).endpoints).toHaveLength(api.items.length);
		expect(gzipSync(first, { level: 9 }).length).toBeLessThan(20_000);
	});
});

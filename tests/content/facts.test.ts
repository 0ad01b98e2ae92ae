// Checks the client-type, data-center, token-fact and glossary content: every file parses with its
// zod schema (loadContent throws otherwise) and the cross-file rules the schemas cannot express hold.
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPE_IDS, CONSOLE_FIELD_IDS, DC_IDS } from '../../src/lib/schemas';
import { loadContent } from '../helpers/content';

const content = loadContent();

/** Every string in every `sources` array anywhere inside `value`. */
function collectSources(value: unknown, out: string[] = []): string[] {
	if (Array.isArray(value)) {
		for (const v of value) collectSources(v, out);
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (k === 'sources' && Array.isArray(v)) out.push(...v.filter((s): s is string => typeof s === 'string'));
			else collectSources(v, out);
		}
	}
	return out;
}

describe('client types', () => {
	it('has exactly the five client types with the public ids, ordered 1..5', () => {
		const ids = content.clientTypes.map((c) => c.id).sort();
		expect(ids).toEqual([...CLIENT_TYPE_IDS].sort());
		const byOrder = [...content.clientTypes].sort((a, b) => a.order - b.order).map((c) => c.id);
		expect(byOrder).toEqual(['server-based', 'client-based', 'self-client', 'non-browser', 'mobile']);
	});

	it('lists all four console fields for every type, each once', () => {
		for (const c of content.clientTypes) {
			const fields = c.consoleFields.map((f) => f.field).sort();
			expect(fields, c.id).toEqual([...CONSOLE_FIELD_IDS].sort());
		}
	});

	it('marks Self Client as own-account only and the others as any account', () => {
		for (const c of content.clientTypes) {
			expect(c.accounts, c.id).toBe(c.id === 'self-client' ? 'own' : 'any');
		}
	});

	it('keeps the Self Client client-name disagreement visible', () => {
		const self = content.clientTypes.find((c) => c.id === 'self-client');
		const name = self?.consoleFields.find((f) => f.field === 'client-name');
		expect(name?.disputed?.length ?? 0).toBeGreaterThan(1);
	});

	it('uses only declared participants in every sequence diagram', () => {
		for (const c of content.clientTypes) {
			const parts = new Set(c.grantFlow.participants);
			for (const m of c.grantFlow.messages) {
				expect(parts.has(m.from), `${c.id}: ${m.from}`).toBe(true);
				expect(parts.has(m.to), `${c.id}: ${m.to}`).toBe(true);
			}
		}
	});
});

describe('data centers', () => {
	it('has exactly the ten DC ids, ordered 1..10', () => {
		const byOrder = [...content.dataCenters].sort((a, b) => a.order - b.order).map((d) => d.id);
		expect(byOrder).toEqual([...DC_IDS]);
		expect(content.dataCenters.map((d) => d.order).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it('gives each DC its own accounts server, API domain and console', () => {
		for (const key of ['accountsServer', 'apiDomain', 'consoleUrl'] as const) {
			const values = content.dataCenters.map((d) => d[key]);
			expect(new Set(values).size, key).toBe(values.length);
		}
	});

	it('uses accounts.zohocloud.ca for Canada', () => {
		const ca = content.dataCenters.find((d) => d.id === 'ca');
		expect(ca?.accountsServer).toBe('https://accounts.zohocloud.ca');
		expect(ca?.consoleUrl).toBe('https://api-console.zohocloud.ca');
	});
});

describe('token facts', () => {
	it('has unique ids', () => {
		const ids = content.tokenFacts.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps the grant-code lifetime disagreement (more than one claim)', () => {
		const fact = content.tokenFacts.find((f) => f.id === 'grant-code-lifetime');
		expect(fact).toBeDefined();
		expect(fact!.claims.length).toBeGreaterThan(1);
	});

	it('names errors by their literal code and gives a fix', () => {
		const errors = content.tokenFacts.filter((f) => f.kind === 'error');
		expect(errors.length).toBeGreaterThan(0);
		for (const e of errors) {
			expect(e.id.startsWith('error-'), e.id).toBe(true);
			expect(e.fix, e.id).toBeTruthy();
			expect(e.causes.length, e.id).toBeGreaterThan(0);
		}
		const titles = new Set(errors.map((e) => e.title));
		for (const code of ['invalid_code', 'invalid_client', 'invalid_redirect_uri', 'OAUTH_SCOPE_MISMATCH', 'other_dc']) {
			expect(titles.has(code), code).toBe(true);
		}
	});
});

describe('glossary', () => {
	it('has unique ids and every related id exists', () => {
		const ids = content.glossary.map((g) => g.id);
		expect(new Set(ids).size).toBe(ids.length);
		const known = new Set(ids);
		for (const g of content.glossary) {
			for (const r of g.related) expect(known.has(r), `${g.id} -> ${r}`).toBe(true);
			expect(g.related, g.id).not.toContain(g.id);
		}
	});
});

describe('sources', () => {
	it('every source URL in these collections is http(s)', () => {
		const { clientTypes, dataCenters, tokenFacts, glossary } = content;
		const urls = collectSources([clientTypes, dataCenters, tokenFacts, glossary]);
		expect(urls.length).toBeGreaterThan(50);
		for (const u of urls) expect(u, u).toMatch(/^https?:\/\/[^\s]+$/);
	});
});

// Property tests: the parser never throws, and minimizing neither adds nor loses access.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { grantsOf, minimizeScopes, parseScopeString, scopeCovers, solveEndpointScopes } from '../../../src/lib/scopes';
import { endpoints, index, operations } from '../../fixtures/scopes/catalog';

// Independent oracle for "what a scope list grants", written from the catalog data alone (not from
// the library's coverage code): pairs of (entry, primitive operation), where primitive operations
// are those that imply nothing, and an ALL pair per entry under an ALL scope.
const opById = new Map(operations.map((o) => [o.id.toLowerCase(), o]));
function primitives(op: string): string[] {
	const o = opById.get(op);
	if (!o || o.implies.length === 0) return [op];
	return o.implies.flatMap((i) => primitives(i.toLowerCase()));
}
function oracleGrants(scopes: string[]): Set<string> {
	const out = new Set<string>();
	for (const s of scopes) {
		const parts = s.toLowerCase().split('.');
		const op = parts.pop() ?? '';
		const key = parts.join('.');
		const own = index.entries.find((e) => e.key === key);
		if (!own || !own.entry.operations.some((o) => o.toLowerCase() === op)) continue;
		for (const e of index.entries.filter((x) => x.key === key || x.key.startsWith(`${key}.`))) {
			const available = new Set(e.entry.operations.flatMap((o) => (opById.get(o.toLowerCase())?.coversAll ? [] : primitives(o.toLowerCase()))));
			if (opById.get(op)?.coversAll) {
				out.add(`${e.key}:all`);
				for (const p of available) out.add(`${e.key}:${p}`);
			} else for (const p of primitives(op)) if (available.has(p)) out.add(`${e.key}:${p}`);
		}
	}
	return out;
}

const validScopes = index.entries.flatMap((e) => e.entry.operations.map((op) => `${e.fullName}.${op}`));

/** A valid scope, sometimes in the wrong case. */
const scopeArb = fc
	.tuple(fc.constantFrom(...validScopes), fc.constantFrom('same', 'lower', 'upper'))
	.map(([s, c]) => (c === 'lower' ? s.toLowerCase() : c === 'upper' ? s.toUpperCase() : s));

const separatorArb = fc.constantFrom(',', ', ', ' ', '\n', ';', '+', '%2C', '%20', '\t', ',,');

const nastyPieceArb = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.constantFrom('%', '%2', '%2C', '%ZZ', '%E0%A4', '%F0%9F%98%80', '%00', '%25', 'scope=', '?', '&', '#', '.', '..', ',', '+', '"', '[', ']'),
	scopeArb,
);

describe('parseScopeString properties', () => {
	test('never throws and keeps offsets inside the input', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(nastyPieceArb, { maxLength: 20 }).map((a) => a.join(''))), (input) => {
				const r = parseScopeString(input, index);
				for (const t of r.tokens) {
					expect(input.slice(t.start, t.end)).toBe(t.raw);
					expect(t.raw.length).toBeGreaterThan(0);
				}
				for (const i of r.issues) {
					expect(0 <= i.start && i.start <= i.end && i.end <= input.length).toBe(true);
				}
			}),
			{ numRuns: 500 },
		);
	});

	test('finds every valid scope whatever the separators', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(scopeArb, separatorArb), { minLength: 1, maxLength: 12 }), (pairs) => {
				const input = pairs.map(([s, sep]) => s + sep).join('');
				const r = parseScopeString(input, index);
				expect(r.valid).toBe(true);
				expect(r.tokens.map((t) => t.canonical?.toLowerCase())).toEqual(pairs.map(([s]) => s.toLowerCase()));
			}),
		);
	});
});

describe('minimizeScopes properties', () => {
	test('the minimal list parses cleanly and is a fixed point', () => {
		fc.assert(
			fc.property(fc.array(scopeArb, { maxLength: 15 }), (scopes) => {
				const { scopes: minimal } = minimizeScopes(scopes, index);
				const parsed = parseScopeString(minimal.join(','), index);
				expect(parsed.issues.filter((i) => i.code !== 'deprecated_scope')).toEqual([]);
				expect(minimizeScopes(minimal, index).scopes).toEqual(minimal);
			}),
		);
	});

	test('grants exactly what the input grants', () => {
		fc.assert(
			fc.property(fc.array(scopeArb, { maxLength: 15 }), (scopes) => {
				const { scopes: minimal } = minimizeScopes(scopes, index);
				expect([...grantsOf(minimal, index)].sort()).toEqual([...grantsOf(scopes, index)].sort());
				expect([...oracleGrants(minimal)].sort()).toEqual([...oracleGrants(scopes)].sort());
				for (const s of scopes) expect(minimal.some((m) => scopeCovers(m, s, index))).toBe(true);
				for (const m of minimal) expect(scopes.some((s) => scopeCovers(s, m, index) && scopeCovers(m, s, index))).toBe(true);
			}),
		);
	});

	test('never grows the list and drops only duplicates, covered or invalid scopes', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(scopeArb, fc.string({ maxLength: 12 })), { maxLength: 15 }), (scopes) => {
				const r = minimizeScopes(scopes, index);
				expect(r.scopes.length + r.removed.length).toBe(scopes.length);
			}),
		);
	});
});

describe('solveEndpointScopes properties', () => {
	const pickArb = fc.record({
		endpointId: fc.constantFrom(...endpoints.filter((e) => e.id !== 'broken').map((e) => e.id)),
		module: fc.constantFrom('leads', 'Contacts', 'deals', 'custom', 'Sales_Orders'),
	});

	test('satisfies every group with a minimal list, in both modes', () => {
		fc.assert(
			fc.property(fc.array(pickArb, { maxLength: 6 }), fc.constantFrom('narrow', 'broad'), (picks, mode) => {
				const r = solveEndpointScopes(picks, endpoints, index, mode);
				expect(r.issues).toEqual([]);
				expect(minimizeScopes(r.scopes, index).scopes).toEqual(r.scopes);
				for (const e of r.endpoints) for (const g of e.groups) expect(g.satisfiedBy).toBeDefined();
			}),
		);
	});

	test('narrow never grants more than broad', () => {
		fc.assert(
			fc.property(fc.array(pickArb, { minLength: 1, maxLength: 6 }), (picks) => {
				const narrow = grantsOf(solveEndpointScopes(picks, endpoints, index, 'narrow').scopes, index);
				const broad = grantsOf(solveEndpointScopes(picks, endpoints, index, 'broad').scopes, index);
				for (const g of narrow) expect(broad.has(g)).toBe(true);
			}),
		);
	});
});

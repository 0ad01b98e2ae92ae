// Property tests: the parser never throws; the minimal string never loses a needed scope (every
// endpoint scope group the input satisfied stays satisfied) and never drops a scope on coverage
// that is only inferred.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { grantsOf, minimizeScopes, parseScopeString, scopeCoverage, scopeCovers, solveEndpointScopes } from '../../../src/lib/scopes';
import { endpoints, index } from '../../fixtures/scopes/catalog';
import { satisfiedGroups } from './satisfied-groups';

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
				expect(parsed.issues.filter((i) => i.code !== 'deprecated_scope' && i.code !== 'possibly_redundant')).toEqual([]);
				expect(minimizeScopes(minimal, index).scopes).toEqual(minimal);
			}),
		);
	});

	// The property of issue #12: a scope list built from endpoint alternatives (plus anything else)
	// that satisfies an endpoint's scope group still satisfies it after minimizing.
	const groupScopeArb = fc.constantFrom(...new Set(endpoints.flatMap((e) => e.scopeGroups.flat().map((p) => p.replaceAll('{module}', 'leads')))));
	test('the minimal string satisfies every endpoint scope group the input satisfied', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(groupScopeArb, scopeArb), { maxLength: 12 }), (scopes) => {
				const { scopes: minimal } = minimizeScopes(scopes, index);
				const before = satisfiedGroups(scopes, endpoints, index, ['leads', 'deals']);
				const after = new Set(satisfiedGroups(minimal, endpoints, index, ['leads', 'deals']));
				expect(before.filter((g) => !after.has(g))).toEqual([]);
			}),
			{ numRuns: 1000 },
		);
	});

	test('drops a scope only when a scope that stays covers it by documented coverage', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(groupScopeArb, scopeArb), { maxLength: 12 }), (scopes) => {
				const r = minimizeScopes(scopes, index);
				for (const x of r.removed.filter((x) => x.reason === 'covered')) {
					expect(r.scopes).toContain(x.coveredBy);
					expect(scopeCovers(x.coveredBy!, x.scope, index)).toBe(true);
				}
				for (const s of scopes) expect(r.scopes.some((m) => scopeCovers(m, s, index)) || parseScopeString(s, index).scopes.length === 0).toBe(true);
				for (const p of r.possiblyRedundant) for (const by of p.possiblyCoveredBy) expect(scopeCoverage(by, p.scope, index)).toBe('inferred');
				expect([...grantsOf(r.scopes, index)].sort()).toEqual([...grantsOf(scopes, index)].sort());
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

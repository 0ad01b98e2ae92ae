import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffScopes, riskOf } from '../../../src/lib/scopes';
import { index } from '../troubleshoot/data';

describe('diffScopes', () => {
	it('leads READ → modules.ALL is a widening that needs re-authorization and is flagged', () => {
		const d = diffScopes('ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL', index);
		expect(d.widened).toEqual([{ after: 'ZohoCRM.modules.ALL', before: ['ZohoCRM.modules.leads.READ'] }]);
		expect(d.added).toEqual([]);
		expect(d.removed).toEqual([]);
		expect(d.reauthorize).toBe(true);
		expect(d.reauthorizeBecause).toEqual(['ZohoCRM.modules.ALL']);
		expect(d.newFlags.map((f) => f.scope)).toEqual(['ZohoCRM.modules.ALL']);
	});
	it('the reverse is a narrowing that needs no new consent', () => {
		const d = diffScopes('ZohoCRM.modules.ALL', 'ZohoCRM.modules.leads.READ', index);
		expect(d.narrowed).toEqual([{ before: 'ZohoCRM.modules.ALL', after: ['ZohoCRM.modules.leads.READ'] }]);
		expect(d.reauthorize).toBe(false);
		expect(d.lost.length).toBeGreaterThan(0);
	});
	it.each([
		['added scope', 'ZohoCRM.users.READ', 'ZohoCRM.users.READ,ZohoCRM.org.READ', { added: ['ZohoCRM.org.READ'], removed: [], reauthorize: true }],
		['removed scope', 'ZohoCRM.users.READ,ZohoCRM.org.READ', 'ZohoCRM.users.READ', { added: [], removed: ['ZohoCRM.org.READ'], reauthorize: false }],
		['READ swapped for WRITE', 'ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.WRITE', { added: ['ZohoCRM.modules.leads.WRITE'], removed: ['ZohoCRM.modules.leads.READ'], reauthorize: true }],
		['case and order only', 'zohocrm.users.read, ZohoCRM.org.READ', 'ZohoCRM.org.READ,ZohoCRM.users.READ', { added: [], removed: [], reauthorize: false }],
		['a redundant addition', 'ZohoCRM.modules.ALL', 'ZohoCRM.modules.ALL,ZohoCRM.modules.deals.READ', { added: ['ZohoCRM.modules.deals.READ'], removed: [], reauthorize: false }],
	])('%s', (_n, before, after, want) => {
		const d = diffScopes(before, after, index);
		expect(d.added.map((a) => a.scope)).toEqual(want.added);
		expect(d.removed.map((r) => r.scope)).toEqual(want.removed);
		expect(d.reauthorize).toBe(want.reauthorize);
	});
	it('an addition already covered is marked as no new access', () => {
		expect(diffScopes('ZohoCRM.modules.ALL', 'ZohoCRM.modules.ALL,ZohoCRM.modules.deals.READ', index).added[0]?.newAccess).toBe(false);
	});
	it('lists invalid tokens and ignores them', () => {
		const d = diffScopes('ZohoCRM.users.READ', 'ZohoCRM.users.READ,ZohoCRM.coql.REED', index);
		expect(d.invalid.after).toEqual(['ZohoCRM.coql.REED']);
		expect(d.added).toEqual([]);
	});
	it.each([
		['ZohoCRM.settings.ALL', 'catalog'],
		['ZohoCRM.users.ALL', 'catalog'],
		['ZohoCRM.org.ALL', 'catalog'],
		['ZohoCRM.bulk.ALL', 'catalog'],
		['ZohoCRM.modules.ALL', 'catalog'],
		['ZohoCRM.modules.leads.DELETE', 'delete'],
	])('flags %s (%s)', (scope, kind) => {
		expect(riskOf(scope, index)?.kind).toBe(kind);
		expect(riskOf(scope, index)?.note.length).toBeGreaterThan(10);
	});
	it('does not flag a narrow read', () => {
		expect(riskOf('ZohoCRM.modules.leads.READ', index)).toBeUndefined();
		expect(riskOf('ZohoCRM.users.READ', index)).toBeUndefined();
	});

	const scopes = ['ZohoCRM.modules.ALL', 'ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.leads.ALL', 'ZohoCRM.modules.deals.WRITE', 'ZohoCRM.settings.ALL', 'ZohoCRM.settings.fields.READ', 'ZohoCRM.users.READ', 'ZohoCRM.users.ALL', 'ZohoCRM.org.READ', 'ZohoCRM.coql.READ', 'ZohoCRM.bulk.ALL', 'nonsense'];
	const list = fc.subarray(scopes).map((xs) => xs.join(','));
	it('diff(a, a) is empty', () => {
		fc.assert(
			fc.property(list, (a) => {
				const d = diffScopes(a, a, index);
				expect([d.added, d.removed, d.widened, d.narrowed, d.gained, d.lost]).toEqual([[], [], [], [], [], []]);
				expect(d.reauthorize).toBe(false);
			}),
		);
	});
	it('swapping sides swaps added/removed, widened/narrowed and gained/lost', () => {
		fc.assert(
			fc.property(list, list, (a, b) => {
				const ab = diffScopes(a, b, index);
				const ba = diffScopes(b, a, index);
				expect(ab.added.map((x) => x.scope).sort()).toEqual(ba.removed.map((x) => x.scope).sort());
				expect(ab.removed.map((x) => x.scope).sort()).toEqual(ba.added.map((x) => x.scope).sort());
				expect(ab.widened.map((w) => [w.after, w.before])).toEqual(expect.arrayContaining(ba.narrowed.map((n) => [n.before, n.after])));
				expect(ab.widened.length).toBe(ba.narrowed.length);
				expect(ab.gained).toEqual(ba.lost);
				expect(ab.reauthorize).toBe(ab.gained.length > 0);
			}),
		);
	});
	it('never throws on arbitrary text', () => {
		fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => void diffScopes(a, b, index)), { numRuns: 200 });
	});
});

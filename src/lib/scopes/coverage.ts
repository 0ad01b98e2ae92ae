// Which scope covers which, and how sure we are. Coverage comes from the rules in
// content/scope-coverage.yaml (compiled into the index): a rule matches the covering scope with
// `from` and the covered one with `to`; a name rule may be followed by a same-name operation rule
// (modules.ALL → modules.leads.ALL → modules.leads.READ). `scopeCovers` answers only for
// documented coverage: that is what the minimal string, the endpoint solver and the diff rely on.
import type { CoverageStatus } from '../schemas/coverage';
import { findScopeEntry, listScopes, type ScopeIndex } from './catalog';
import { nameMatches, type CompiledEdge } from './coverage-rules';
import { resolveScopeText } from './resolve';
import { scopeRefToString, type ScopeRef } from './types';

const RANK: Record<CoverageStatus, number> = { inferred: 1, documented: 2 };
const better = (a: CoverageStatus | undefined, b: CoverageStatus | undefined) => (b !== undefined && (a === undefined || RANK[b] > RANK[a]) ? b : a);
const weaker = (a: CoverageStatus, b: CoverageStatus): CoverageStatus => (RANK[a] <= RANK[b] ? a : b);

const caches = new WeakMap<ScopeIndex, Map<string, CoverageStatus | null>>();

function rulesFor(index: ScopeIndex, service: string): CompiledEdge[] {
	return index.coverageByService.get(service) ?? index.coverageByService.get('*') ?? [];
}

/** What rule `e` says about `b` given covering scope `a` (lower-case parts); `sameNameOnly` skips name rules. */
function applyRule(e: CompiledEdge, a: ScopeRef, b: ScopeRef, index: ScopeIndex, sameNameOnly: boolean): CoverageStatus | undefined {
	const an = a.name.toLowerCase();
	const ao = a.operation.toLowerCase();
	const bn = b.name.toLowerCase();
	const bo = b.operation.toLowerCase();
	if (e.fromName !== '{scope}' && e.fromName !== an) return undefined;
	if (e.fromOp !== '{op}' && e.fromOp !== ao) return undefined;
	if (e.except.has(bn)) return undefined;
	let best: CoverageStatus | undefined;
	for (const t of e.to) {
		const name = t.name === '{scope}' ? an : t.name.startsWith('{scope}.') ? an + t.name.slice('{scope}'.length) : t.name;
		if (sameNameOnly && name !== an) continue;
		if (!nameMatches(name, bn)) continue;
		const op = t.op === '{op}' ? ao : t.op;
		if (op === '*' || op === bo) {
			best = better(best, e.status);
		} else if (an !== bn) {
			// A name rule reaching `b`'s name with operation `op`, then a same-name operation rule.
			const via = operationCoverage(index, b.service, b.name, op, bo);
			if (via) best = better(best, weaker(e.status, via));
		}
		if (best === 'documented') break;
	}
	return best;
}

/** Same-name coverage of operation `a` over `b` on scope `name` (`ALL` ⊇ `READ`, `WRITE` ⊇ `CREATE`). */
function operationCoverage(index: ScopeIndex, service: string, name: string, a: string, b: string): CoverageStatus | undefined {
	if (a === b) return 'documented';
	const from = { service, name, operation: a };
	const to = { service, name, operation: b };
	let best: CoverageStatus | undefined;
	for (const e of rulesFor(index, service.toLowerCase())) {
		best = better(best, applyRule(e, from, to, index, true));
		if (best === 'documented') break;
	}
	return best;
}

function toRef(scope: ScopeRef | string, index: ScopeIndex): ScopeRef | undefined {
	return typeof scope === 'string' ? resolveScopeText(scope, index).scope : scope;
}

/**
 * How scope `a` covers scope `b`: `documented` (a Zoho source says so, or they are the same
 * scope), `inferred` (a naming convention only), or `undefined` (it does not). Strings are
 * resolved case-insensitively; a string that is not a valid scope covers nothing.
 * @example scopeCoverage('ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.READ', index) // 'inferred'
 */
export function scopeCoverage(a: ScopeRef | string, b: ScopeRef | string, index: ScopeIndex): CoverageStatus | undefined {
	if (typeof a === 'string' && typeof b === 'string') {
		// Strings: remember the answer under the text as given, so repeated checks skip resolving.
		let cache = caches.get(index);
		if (!cache) caches.set(index, (cache = new Map()));
		const key = `${a}|${b}`.toLowerCase();
		const hit = cache.get(key);
		if (hit !== undefined) return hit ?? undefined;
		const ra = toRef(a, index);
		const rb = toRef(b, index);
		const out = ra && rb ? scopeCoverage(ra, rb, index) : undefined;
		cache.set(key, out ?? null);
		return out;
	}
	const ra = toRef(a, index);
	const rb = toRef(b, index);
	if (!ra || !rb || ra.service.toLowerCase() !== rb.service.toLowerCase()) return undefined;
	const key = `${scopeRefToString(ra)}|${scopeRefToString(rb)}`.toLowerCase();
	let cache = caches.get(index);
	if (!cache) caches.set(index, (cache = new Map()));
	const hit = cache.get(key);
	if (hit !== undefined) return hit ?? undefined;
	let best: CoverageStatus | undefined;
	if (ra.name.toLowerCase() === rb.name.toLowerCase() && ra.operation.toLowerCase() === rb.operation.toLowerCase()) best = 'documented';
	for (const e of best ? [] : rulesFor(index, ra.service.toLowerCase())) {
		best = better(best, applyRule(e, ra, rb, index, false));
		if (best === 'documented') break;
	}
	cache.set(key, best ?? null);
	return best;
}

/**
 * Whether a token holding scope `a` may do everything scope `b` allows, by documented coverage
 * only (see `scopeCoverage` for inferred coverage).
 * @example scopeCovers('ZohoCRM.modules.ALL', 'ZohoCRM.modules.leads.READ', index) // true
 * @example scopeCovers('ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.READ', index) // false: not documented
 */
export function scopeCovers(a: ScopeRef | string, b: ScopeRef | string, index: ScopeIndex): boolean {
	return scopeCoverage(a, b, index) === 'documented';
}

/**
 * Whether operation `a` grants everything operation `b` grants on the same scope (any case), by
 * the operation grammar alone (`ALL` ⊇ everything, `WRITE` ⊇ `CREATE`, never `READ`).
 */
export function operationCovers(a: string, b: string, index: ScopeIndex): boolean {
	const la = a.toLowerCase();
	const lb = b.toLowerCase();
	if (la === lb || index.operationByLower.get(la)?.coversAll) return true;
	if (index.operationByLower.get(lb)?.coversAll) return false;
	const grantedByA = index.impliedByLower.get(la) ?? new Set([la]);
	const neededByB = index.impliedByLower.get(lb) ?? new Set([lb]);
	for (const op of neededByB) if (!grantedByA.has(op)) return false;
	return true;
}

/** Whether `Service.name` has a rule reaching beyond its own subtree (e.g. `fullaccess`). */
export function isWideScopeName(index: ScopeIndex, service: string, name: string): boolean {
	return index.wideNames.has(`${service}.${name}`.toLowerCase());
}

/**
 * The leaf grants of one scope over the catalog, by documented coverage: every canonical
 * `Service.name.OP` it covers. Unknown scopes grant nothing.
 */
export function listGrants(scope: ScopeRef, index: ScopeIndex): string[] {
	const own = findScopeEntry(index, scope.service, scope.name);
	if (!own) return [];
	const pool = isWideScopeName(index, scope.service, scope.name) ? listScopes(index, scope.service) : own.descendants;
	const out: string[] = [];
	for (const d of pool) {
		for (const op of d.entry.operations) {
			const leaf = { service: d.service, name: d.entry.name, operation: op };
			if (scopeCovers(scope, leaf, index)) out.push(scopeRefToString(leaf));
		}
	}
	return out;
}

/**
 * The union of documented leaf grants of a scope list (strings resolved case-insensitively,
 * invalid ones ignored). Two lists grant the same known access exactly when their sets are equal.
 * @example grantsOf(['ZohoCRM.modules.leads.WRITE'], index) // Set { '…leads.WRITE', '…leads.CREATE', … }
 */
export function grantsOf(scopes: Iterable<ScopeRef | string>, index: ScopeIndex): Set<string> {
	const out = new Set<string>();
	for (const s of scopes) {
		const ref = toRef(s, index);
		if (ref) for (const g of listGrants(ref, index)) out.add(g);
	}
	return out;
}

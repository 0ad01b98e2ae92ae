// Which scope covers which: a scope `Service.N.O` covers `Service.N.O'` and every descendant
// `Service.N.x.O'` when operation O covers O' (ALL covers every operation; otherwise O must imply
// everything O' implies, so WRITE covers CREATE but never READ, and only ALL covers ALL).
import { findScopeEntry, isCoversAllOperation, type ScopeIndex } from './catalog';
import { resolveScopeText } from './resolve';
import { scopeRefToString, type ScopeRef } from './types';

/** Whether operation `a` grants everything operation `b` grants (any case). */
export function operationCovers(a: string, b: string, index: ScopeIndex): boolean {
	const la = a.toLowerCase();
	const lb = b.toLowerCase();
	if (la === lb || isCoversAllOperation(index, la)) return true;
	if (isCoversAllOperation(index, lb)) return false;
	const grantedByA = index.impliedByLower.get(la) ?? new Set([la]);
	const neededByB = index.impliedByLower.get(lb) ?? new Set([lb]);
	for (const op of neededByB) if (!grantedByA.has(op)) return false;
	return true;
}

function toRef(scope: ScopeRef | string, index: ScopeIndex): ScopeRef | undefined {
	return typeof scope === 'string' ? resolveScopeText(scope, index).scope : scope;
}

/**
 * Whether a token holding scope `a` may do everything scope `b` allows. Strings are resolved
 * case-insensitively; a string that is not a valid scope covers and is covered by nothing.
 * @example scopeCovers('ZohoCRM.modules.ALL', 'ZohoCRM.modules.leads.READ', index) // true
 * @example scopeCovers('ZohoCRM.modules.leads.WRITE', 'ZohoCRM.modules.leads.READ', index) // false
 */
export function scopeCovers(a: ScopeRef | string, b: ScopeRef | string, index: ScopeIndex): boolean {
	const ra = toRef(a, index);
	const rb = toRef(b, index);
	if (!ra || !rb || ra.service.toLowerCase() !== rb.service.toLowerCase()) return false;
	const na = ra.name.toLowerCase();
	const nb = rb.name.toLowerCase();
	if (nb !== na && !nb.startsWith(`${na}.`)) return false;
	return operationCovers(ra.operation, rb.operation, index);
}

/**
 * The leaf grants of one scope over the catalog: every `Service.name.OP` (canonical) of the
 * scope's own entry and its descendants that the scope covers. Unknown scopes grant nothing.
 */
export function listGrants(scope: ScopeRef, index: ScopeIndex): string[] {
	const own = findScopeEntry(index, scope.service, scope.name);
	if (!own) return [];
	const out: string[] = [];
	for (const d of own.descendants) {
		for (const op of d.entry.operations) {
			const leaf = { service: d.service, name: d.entry.name, operation: op };
			if (scopeCovers(scope, leaf, index)) out.push(scopeRefToString(leaf));
		}
	}
	return out;
}

/**
 * The union of leaf grants of a scope list (strings resolved case-insensitively, invalid ones
 * ignored). Two lists grant the same access exactly when their sets are equal.
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

// The stable display order of scope lists: service, family, name, operation (ALL, READ, CREATE, ...).
import { findScopeEntry, getOperationRank, type ScopeIndex } from './catalog';
import type { ScopeRef } from './types';

function compareScopes(a: ScopeRef, b: ScopeRef, index: ScopeIndex): number {
	const ea = findScopeEntry(index, a.service, a.name);
	const eb = findScopeEntry(index, b.service, b.name);
	const byService = (ea?.serviceRank ?? 0) - (eb?.serviceRank ?? 0);
	if (byService !== 0) return byService;
	const fa = ea?.entry.family.toLowerCase() ?? '';
	const fb = eb?.entry.family.toLowerCase() ?? '';
	if (fa !== fb) return fa < fb ? -1 : 1;
	const na = a.name.toLowerCase();
	const nb = b.name.toLowerCase();
	if (na !== nb) return na < nb ? -1 : 1;
	return getOperationRank(index, a.operation) - getOperationRank(index, b.operation);
}

/** Sorts canonical scopes in the stable display order of the minimal list (a new array). */
export function sortScopes(scopes: readonly ScopeRef[], index: ScopeIndex): ScopeRef[] {
	return [...scopes].sort((a, b) => compareScopes(a, b, index));
}

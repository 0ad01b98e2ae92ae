// The smallest scope list that grants exactly what the input grants: canonical spelling, no
// duplicates, narrower scopes absorbed by broader ones present. It never merges scopes into a
// broader one (READ + CREATE never becomes ALL, CREATE + UPDATE + DELETE never becomes WRITE),
// so the output grants neither more nor less than the input.
import { findScopeEntry, getOperationRank, type ScopeIndex } from './catalog';
import { findCover, groupScopesByName } from './cover-lookup';
import { resolveScopeText } from './resolve';
import { scopeRefToString, type ScopeRef } from './types';

/** Why a scope of the input is not in the minimal list. */
export interface RemovedScope {
	/** The scope as given (a string input stays as typed). */
	scope: string;
	/**
	 * `duplicate`: the same scope (in any case) appears earlier; `covered`: a broader scope in the
	 * list grants it (`coveredBy`); `invalid`: not a valid scope of the catalog (see parse issues).
	 */
	reason: 'duplicate' | 'covered' | 'invalid';
	/** Canonical scope that makes this one unnecessary (`duplicate` and `covered`). */
	coveredBy?: string;
}

/** Result of `minimizeScopes`. */
export interface MinimizedScopes {
	/** Canonical scopes in stable order: service, family, name, operation (ALL, READ, CREATE, ...). */
	scopes: string[];
	removed: RemovedScope[];
}

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

/** Sorts canonical scopes in the stable display order used by `minimizeScopes`. */
export function sortScopes(scopes: ScopeRef[], index: ScopeIndex): ScopeRef[] {
	return [...scopes].sort((a, b) => compareScopes(a, b, index));
}

/**
 * Minimizes a scope list. Strings are resolved case-insensitively; invalid ones are dropped and
 * listed in `removed` with reason `invalid`.
 * @example minimizeScopes(['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL'], index).scopes // ['ZohoCRM.modules.ALL']
 */
export function minimizeScopes(scopes: Iterable<ScopeRef | string>, index: ScopeIndex): MinimizedScopes {
	const removed: RemovedScope[] = [];
	const unique: { scope: ScopeRef; order: number; canonical: string; input: string }[] = [];
	const seen = new Set<string>();
	let order = 0;
	for (const input of scopes) {
		const text = typeof input === 'string' ? input.trim() : scopeRefToString(input);
		const given = typeof input === 'string' ? input : text;
		const ref = resolveScopeText(text, index).scope;
		if (!ref) {
			removed.push({ scope: given, reason: 'invalid' });
			continue;
		}
		const canonical = scopeRefToString(ref);
		if (seen.has(canonical)) {
			removed.push({ scope: given, reason: 'duplicate', coveredBy: canonical });
			continue;
		}
		seen.add(canonical);
		unique.push({ scope: ref, order: order++, canonical, input: given });
	}
	const byName = groupScopesByName(unique);
	const coverOf = new Map<string, string>();
	for (const item of unique) {
		const cover = findCover(item, byName, index);
		if (cover) coverOf.set(item.canonical, cover.canonical);
	}
	const kept: ScopeRef[] = [];
	for (const item of unique) {
		let by = coverOf.get(item.canonical);
		if (by === undefined) {
			kept.push(item.scope);
			continue;
		}
		// Follow the chain to the scope that stays (coverage is transitive, the chain is acyclic).
		for (let hops = 0, next = coverOf.get(by); next !== undefined && hops < unique.length; hops++, next = coverOf.get(by)) {
			by = next;
		}
		removed.push({ scope: item.input, reason: 'covered', coveredBy: by });
	}
	return { scopes: sortScopes(kept, index).map(scopeRefToString), removed };
}

// The smallest scope list that keeps every documented grant of the input: canonical spelling, no
// duplicates, narrower scopes dropped only where a broader one that stays covers them by
// documented coverage (redundancy.ts decides). Scopes whose coverage is only inferred stay. It
// never merges scopes into a broader one (READ + CREATE never becomes ALL).
import type { ScopeIndex } from './catalog';
import { sortScopes } from './order';
import { decideRedundancy } from './redundancy';
import { resolveScopeText } from './resolve';
import { scopeRefToString, type ScopeRef } from './types';

export { sortScopes } from './order';

/** Why a scope of the input is not in the minimal list. */
export interface RemovedScope {
	/** The scope as given (a string input stays as typed). */
	scope: string;
	/**
	 * `duplicate`: the same scope (in any case) appears earlier; `covered`: a broader scope that
	 * stays grants it by documented coverage (`coveredBy`); `invalid`: not a valid scope.
	 */
	reason: 'duplicate' | 'covered' | 'invalid';
	/** Canonical scope that makes this one unnecessary (`duplicate` and `covered`). */
	coveredBy?: string;
}

/** A scope that stays although another one may cover it (inferred coverage only). */
export interface PossiblyRedundantScope {
	scope: string;
	/** Canonical scopes of the list that may cover it. */
	possiblyCoveredBy: string[];
}

/** Result of `minimizeScopes`. */
export interface MinimizedScopes {
	/** Canonical scopes in stable order: service, family, name, operation (ALL, READ, CREATE, ...). */
	scopes: string[];
	removed: RemovedScope[];
	/** Kept scopes that another scope of the list may cover (not documented, so not dropped). */
	possiblyRedundant: PossiblyRedundantScope[];
}

/**
 * Minimizes a scope list. Strings are resolved case-insensitively; invalid ones are dropped and
 * listed in `removed` with reason `invalid`.
 * @example minimizeScopes(['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL'], index).scopes // ['ZohoCRM.modules.ALL']
 * @example minimizeScopes(['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL'], index).scopes // both
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
	const { kept, coveredBy, possiblyCoveredBy } = decideRedundancy(unique, index);
	for (const [item, by] of coveredBy) removed.push({ scope: item.input, reason: 'covered', coveredBy: by.canonical });
	return {
		scopes: sortScopes(
			kept.map((k) => k.scope),
			index,
		).map(scopeRefToString),
		removed,
		possiblyRedundant: [...possiblyCoveredBy].map(([item, by]) => ({ scope: item.canonical, possiblyCoveredBy: by.map((b) => b.canonical) })),
	};
}

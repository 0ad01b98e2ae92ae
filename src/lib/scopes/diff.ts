// Compares two scope strings (before → after): what was added, removed, widened or narrowed, whether
// users must re-authorize, and flags on broad or sensitive scopes. Coverage decides "wider": a scope
// widens another when it covers it (ALL ⊇ READ, modules.ALL ⊇ modules.leads.READ).
import { findScopeEntry, isCoversAllOperation, type ScopeIndex } from './catalog';
import { grantsOf, scopeCovers } from './coverage';
import { parseScopeString } from './parse';
import { scopeRefToString, type ScopeRef } from './types';

/** A broad or sensitive scope, with a one-line risk note. */
export interface ScopeRiskFlag {
	scope: string;
	/** `catalog`: the catalog's risk note; the others are generic rules. */
	kind: 'catalog' | 'family-all' | 'delete';
	note: string;
}

/** An `after` scope that grants more than the `before` scopes it replaces. */
export interface ScopeWidening {
	after: string;
	before: string[];
}

/** A `before` scope replaced by narrower `after` scopes. */
export interface ScopeNarrowing {
	before: string;
	after: string[];
}

export interface ScopeDiff {
	/** Canonical valid scopes of each side, first occurrence order. */
	before: string[];
	after: string[];
	/** Tokens that are not valid scopes, ignored. */
	invalid: { before: string[]; after: string[] };
	/** In both. */
	unchanged: string[];
	/** New scopes not related to any removed one. `newAccess` is false when something kept already covers it. */
	added: { scope: string; newAccess: boolean }[];
	/** Dropped scopes not related to any added one. `lostAccess` is false when something kept still covers it. */
	removed: { scope: string; lostAccess: boolean }[];
	widened: ScopeWidening[];
	narrowed: ScopeNarrowing[];
	/** Leaf grants (`Service.name.OP`) only `after` has / only `before` has. */
	gained: string[];
	lost: string[];
	/** Users must authorize again (any new grant): a refresh keeps the old scopes. */
	reauthorize: boolean;
	/** The `after` scopes that bring new grants (added or widened). */
	reauthorizeBecause: string[];
	/** Risk flags on the `after` scopes. */
	flags: ScopeRiskFlag[];
	/** Flags on scopes that are new in `after` (added or widened). */
	newFlags: ScopeRiskFlag[];
}

function canonicalList(input: string | readonly string[], index: ScopeIndex): { scopes: ScopeRef[]; invalid: string[] } {
	const text = typeof input === 'string' ? input : Array.isArray(input) ? input.join(',') : '';
	const parsed = parseScopeString(text, index);
	return {
		scopes: parsed.scopes,
		invalid: parsed.tokens.filter((t) => !t.scope && t.text.trim() !== '').map((t) => t.text),
	};
}

/**
 * The risk of one scope, or undefined: the catalog's `risk` note of its entry; otherwise a
 * family-wide `ALL` (a top-level name with ALL) or a `DELETE` right.
 * @example riskOf('ZohoCRM.settings.ALL', index)?.kind // 'catalog'
 */
export function riskOf(scope: ScopeRef | string, index: ScopeIndex): ScopeRiskFlag | undefined {
	const ref = typeof scope === 'string' ? parseScopeString(scope, index).scopes[0] : scope;
	if (!ref) return undefined;
	const name = scopeRefToString(ref);
	const entry = findScopeEntry(index, ref.service, ref.name);
	const risk = entry?.entry.risk;
	const isAll = isCoversAllOperation(index, ref.operation);
	const writes = isAll || /^(?:delete|write|create|update)$/i.test(ref.operation);
	// A catalog risk note is about changing or bulk access; plain READ of a risky entry is flagged only
	// where reading itself is the risk (no write operation exists, e.g. audit logs).
	const readOnlyEntry = entry ? !entry.entry.operations.some((o) => /^(?:all|delete|write|create|update)$/i.test(o)) : false;
	if (risk && (writes || readOnlyEntry || /export|backup|audit/i.test(ref.name))) return { scope: name, kind: 'catalog', note: risk };
	if (isAll && !ref.name.includes('.')) return { scope: name, kind: 'family-all', note: `Grants every operation on everything under \`${ref.service}.${ref.name}\`, including parts added later.` };
	if (/^delete$/i.test(ref.operation)) return { scope: name, kind: 'delete', note: 'Can delete data; deleted records may not be recoverable.' };
	return undefined;
}

/** Risk flags of a scope list (strings resolved case-insensitively; invalid ones ignored). */
export function riskFlagsOf(scopes: string | readonly string[], index: ScopeIndex): ScopeRiskFlag[] {
	return canonicalList(scopes, index).scopes.flatMap((s) => riskOf(s, index) ?? []);
}

/**
 * Compares two scope lists (strings as pasted, or arrays). Never throws; invalid tokens are listed
 * and ignored. `diffScopes(a, a)` has no changes; `added`/`removed` and `widened`/`narrowed` swap
 * when the sides swap.
 * @example diffScopes('ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL', index).widened
 * // [{ after: 'ZohoCRM.modules.ALL', before: ['ZohoCRM.modules.leads.READ'] }]
 */
export function diffScopes(before: string | readonly string[], after: string | readonly string[], index: ScopeIndex): ScopeDiff {
	const b = canonicalList(before, index);
	const a = canonicalList(after, index);
	const bNames = b.scopes.map(scopeRefToString);
	const aNames = a.scopes.map(scopeRefToString);
	const bSet = new Set(bNames);
	const aSet = new Set(aNames);
	const unchanged = aNames.filter((s) => bSet.has(s));
	const onlyB = b.scopes.filter((s) => !aSet.has(scopeRefToString(s)));
	const onlyA = a.scopes.filter((s) => !bSet.has(scopeRefToString(s)));

	const widened: ScopeWidening[] = [];
	for (const x of onlyA) {
		const covered = onlyB.filter((y) => scopeCovers(x, y, index));
		if (covered.length > 0) widened.push({ after: scopeRefToString(x), before: covered.map(scopeRefToString) });
	}
	const narrowed: ScopeNarrowing[] = [];
	for (const y of onlyB) {
		const covered = onlyA.filter((x) => scopeCovers(y, x, index));
		if (covered.length > 0) narrowed.push({ before: scopeRefToString(y), after: covered.map(scopeRefToString) });
	}
	const paired = new Set([...widened.flatMap((w) => [w.after, ...w.before]), ...narrowed.flatMap((n) => [n.before, ...n.after])]);
	const kept = a.scopes.filter((s) => bSet.has(scopeRefToString(s)));
	const added = onlyA
		.filter((s) => !paired.has(scopeRefToString(s)))
		.map((s) => ({ scope: scopeRefToString(s), newAccess: !kept.some((k) => scopeCovers(k, s, index)) }));
	const removed = onlyB
		.filter((s) => !paired.has(scopeRefToString(s)))
		.map((s) => ({ scope: scopeRefToString(s), lostAccess: !kept.some((k) => scopeCovers(k, s, index)) }));

	const gb = grantsOf(b.scopes, index);
	const ga = grantsOf(a.scopes, index);
	const gained = [...ga].filter((g) => !gb.has(g)).sort();
	const lost = [...gb].filter((g) => !ga.has(g)).sort();
	const gainedSet = new Set(gained);
	const reauthorizeBecause = onlyA
		.filter((s) => [...grantsOf([s], index)].some((g) => gainedSet.has(g)))
		.map(scopeRefToString);
	const flags = a.scopes.flatMap((s) => riskOf(s, index) ?? []);
	const newNames = new Set(onlyA.map(scopeRefToString));
	return {
		before: bNames,
		after: aNames,
		invalid: { before: b.invalid, after: a.invalid },
		unchanged,
		added,
		removed,
		widened,
		narrowed,
		gained,
		lost,
		reauthorize: gained.length > 0,
		reauthorizeBecause,
		flags,
		newFlags: flags.filter((f) => newNames.has(f.scope)),
	};
}

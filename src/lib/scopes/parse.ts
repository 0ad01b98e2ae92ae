// Parses a pasted scope string once: tokens, canonical scopes, issues with offsets, and the
// minimal list. Never throws. Each distinct token text is resolved once; redundancy is decided
// once (redundancy.ts) and both the issues and the minimal list come from that one decision.
import type { IndexedEntry, ScopeIndex } from './catalog';
import { sortScopes } from './order';
import { decideRedundancy } from './redundancy';
import { resolveScopeText, type ResolvedScope } from './resolve';
import { tokenizeScopeString } from './tokenize';
import { scopeRefToString, type ScopeIssue, type ScopeRef } from './types';

/** One token of the input and what it resolved to. */
export interface ParsedScopeToken {
	/** Text exactly as typed. */
	raw: string;
	/** Text after decoding `%XX` escapes. */
	text: string;
	start: number;
	end: number;
	/** Canonical scope, when the token names a valid scope (in any case). */
	scope?: ScopeRef;
	/** Canonical spelling, e.g. `ZohoCRM.modules.leads.READ`. */
	canonical?: string;
	/** Catalog entry of the scope name. */
	entry?: IndexedEntry;
	/** Why the token is not in the minimal list: a repeat, or covered by a scope that stays. */
	dropped?: 'duplicate' | 'covered';
	/** Issues of this token (also contained in the result's `issues`). */
	issues: ScopeIssue[];
}

/** Result of `parseScopeString`. */
export interface ParsedScopeString {
	tokens: ParsedScopeToken[];
	/** Every issue, ordered by `start`. */
	issues: ScopeIssue[];
	/** Valid scopes in canonical spelling, first occurrence order, duplicates left out. */
	scopes: ScopeRef[];
	/** The minimal list: valid scopes minus duplicates and documented-covered ones, in display order. */
	minimal: ScopeRef[];
	/** `true` when no issue has severity `error`. */
	valid: boolean;
}

interface Unique {
	scope: ScopeRef;
	order: number;
	token: ParsedScopeToken;
}

/**
 * Parses a pasted scope string (comma list, other separators, a `scope=` fragment or a whole
 * authorization URL) against the catalog.
 * @example parseScopeString('ZohoCRM.modules.leads.REED', index).issues[0]?.code // 'unknown_operation'
 */
export function parseScopeString(input: string, index: ScopeIndex): ParsedScopeString {
	const { tokens: raw, issues } = tokenizeScopeString(typeof input === 'string' ? input : '');
	const cache = new Map<string, ResolvedScope>();
	const tokens: ParsedScopeToken[] = raw.map((r) => {
		let resolved = cache.get(r.text);
		if (!resolved) {
			resolved = resolveScopeText(r.text, index);
			cache.set(r.text, resolved);
		}
		const token: ParsedScopeToken = {
			...r,
			issues: resolved.issues.map((d) => ({ ...d, token: r.raw, start: r.start, end: r.end }) as ScopeIssue),
		};
		if (resolved.scope && resolved.entry) {
			token.scope = resolved.scope;
			token.canonical = scopeRefToString(resolved.scope);
			token.entry = resolved.entry;
		}
		return token;
	});
	const firstByCanonical = new Map<string, ParsedScopeToken>();
	const unique: Unique[] = [];
	for (const t of tokens) {
		if (!t.scope || t.canonical === undefined) continue;
		const first = firstByCanonical.get(t.canonical);
		if (first) {
			t.dropped = 'duplicate';
			t.issues.push({ code: 'duplicate_scope', severity: 'warning', token: t.raw, start: t.start, end: t.end, canonical: t.canonical, firstStart: first.start });
			continue;
		}
		firstByCanonical.set(t.canonical, t);
		unique.push({ scope: t.scope, order: t.start, token: t });
	}
	const { kept, coveredBy, possiblyCoveredBy } = decideRedundancy(unique, index);
	for (const [u, by] of coveredBy) {
		const t = u.token;
		t.dropped = 'covered';
		t.issues.push({ code: 'redundant_scope', severity: 'info', token: t.raw, start: t.start, end: t.end, canonical: t.canonical ?? '', coveredBy: by.token.canonical ?? '', coveredByStart: by.token.start });
	}
	for (const [u, by] of possiblyCoveredBy) {
		const t = u.token;
		const first = by[0];
		if (!first) continue;
		t.issues.push({ code: 'possibly_redundant', severity: 'info', token: t.raw, start: t.start, end: t.end, canonical: t.canonical ?? '', coveredBy: first.token.canonical ?? '', coveredByStart: first.token.start });
	}
	const all = [...issues, ...tokens.flatMap((t) => t.issues)].sort((a, b) => a.start - b.start);
	return {
		tokens,
		issues: all,
		scopes: unique.map((u) => u.scope),
		minimal: sortScopes(
			kept.map((u) => u.scope),
			index,
		),
		valid: !all.some((i) => i.severity === 'error'),
	};
}

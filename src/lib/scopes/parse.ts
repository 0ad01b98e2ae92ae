// Parses a pasted scope string into tokens, canonical scopes and issues with offsets. Never
// throws. Duplicates and redundancy are found with lookups of each scope's ancestors, so the cost
// stays linear in the input length.
import type { IndexedEntry, ScopeIndex } from './catalog';
import { findCover, groupScopesByName } from './cover-lookup';
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
	/** `true` when no issue has severity `error`. */
	valid: boolean;
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
	const unique: { scope: ScopeRef; order: number; token: ParsedScopeToken }[] = [];
	for (const t of tokens) {
		if (!t.scope || t.canonical === undefined) continue;
		const first = firstByCanonical.get(t.canonical);
		if (first) {
			t.issues.push({ code: 'duplicate_scope', severity: 'warning', token: t.raw, start: t.start, end: t.end, canonical: t.canonical, firstStart: first.start });
			continue;
		}
		firstByCanonical.set(t.canonical, t);
		unique.push({ scope: t.scope, order: t.start, token: t });
	}
	const byName = groupScopesByName(unique);
	for (const u of unique) {
		const t = u.token;
		const cover = findCover(u, byName, index);
		if (cover && t.canonical !== undefined && cover.token.canonical !== undefined) {
			t.issues.push({
				code: 'redundant_scope',
				severity: 'info',
				token: t.raw,
				start: t.start,
				end: t.end,
				canonical: t.canonical,
				coveredBy: cover.token.canonical,
				coveredByStart: cover.token.start,
			});
		}
	}
	const all = [...issues, ...tokens.flatMap((t) => t.issues)].sort((a, b) => a.start - b.start);
	return {
		tokens,
		issues: all,
		scopes: unique.map((u) => u.scope),
		valid: !all.some((i) => i.severity === 'error'),
	};
}

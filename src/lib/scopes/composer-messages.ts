// Wording of the composer's own lines (counts, statuses, labels, the review of a change); the scope
// issues and explanations are worded in messages.ts. Islands show these strings as they are.
import type { ScopeDiff } from './diff';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const code = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(code).join(', ');

/** The line under the input: how many tokens, errors, warnings and removals. */
export function describeCheckSummary(a: { tokens: number; errors: number; warnings: number; removed: number; empty: boolean }): string {
	if (a.empty) return 'Empty. Paste scopes, or add some from the catalog or your API calls below.';
	return `${plural(a.tokens, 'token')}: ${plural(a.errors, 'error')}, ${plural(a.warnings, 'warning')}, ${a.removed} removed as redundant or invalid.`;
}

/** Accessible name of the formatted output: `Scopes as Plain string`. */
export function formattedScopesLabel(format: string): string {
	return `Scopes as ${format}`;
}

/** The catalog search's status line. */
export function describeCatalogStatus(count: number, query: string, added: string): string {
	const q = query.trim();
	const found = q ? `${plural(count, 'match', 'matches')} for “${q}”.` : `${count} scopes.`;
	return added ? `${found} Added ${added}.` : found;
}

/** Accessible names of the catalog's add buttons. */
export function addScopeLabel(scope: string, operation?: string): string {
	return operation ? `Add ${scope}.${operation}` : `Add ${scope} with an operation`;
}

/** The endpoint picker's status line. */
export function describeEndpointCount(p: { shown: number; total: number; services: number; picked: number }): string {
	return `${p.shown} of ${p.total} endpoints in ${p.services} services; ${p.picked} picked.`;
}

/** A service group's count while searching: `3 of 66`. */
export function describeGroupCount(shown: number, all: number): string {
	return `${shown} of ${all}`;
}

/** One line per change between two scope lists, for the review panel. */
export function describeScopeChanges(diff: ScopeDiff): { kind: 'added' | 'widened' | 'narrowed' | 'removed'; badge: string; text: string }[] {
	return [
		...diff.added.map((a) => ({
			kind: 'added' as const,
			badge: 'Added',
			text: a.newAccess ? `${code(a.scope)} is new.` : `${code(a.scope)} is new but grants nothing more: a scope you keep already covers it.`,
		})),
		...diff.widened.map((w) => ({ kind: 'widened' as const, badge: 'Widened', text: `${code(w.after)} replaces ${list(w.before)} and grants more.` })),
		...diff.narrowed.map((n) => ({
			kind: 'narrowed' as const,
			badge: 'Narrowed',
			text: `${list(n.after)} replace${n.after.length === 1 ? 's' : ''} ${code(n.before)} and grant${n.after.length === 1 ? 's' : ''} less.`,
		})),
		...diff.removed.map((r) => ({
			kind: 'removed' as const,
			badge: 'Removed',
			text: r.lostAccess ? `${code(r.scope)} is dropped.` : `${code(r.scope)} is dropped, but a scope you keep still covers it.`,
		})),
	];
}

/** Why users must authorize again after a change. */
export function describeReauthorize(scopes: readonly string[]): string {
	return `Users must authorize again: ${list(scopes)} add access, and a refresh keeps the old scopes.`;
}

/** The tokens of a review that are not valid scopes. */
export function describeIgnoredScopes(tokens: readonly string[]): string {
	return `Ignored as not valid scopes: ${list(tokens)}. Check them above.`;
}

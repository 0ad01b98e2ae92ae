// The one place that decides which scopes of a list are redundant. A scope is dropped only when
// another scope that stays covers it by documented coverage; where coverage is only inferred, both
// stay and the narrower one is marked "possibly redundant". Candidates are looked up by name (the
// scope's own name and its ancestors, plus service-wide scopes), never by comparing all pairs.
import type { ScopeIndex } from './catalog';
import { isWideScopeName, scopeCoverage } from './coverage';
import type { ScopeRef } from './types';

/** A distinct scope of a list; `order` breaks ties between equivalent scopes (lower stays). */
export interface RedundancyItem {
	scope: ScopeRef;
	order: number;
}

/** What `decideRedundancy` found. */
export interface Redundancy<T extends RedundancyItem> {
	/** Items that stay, in input order. */
	kept: T[];
	/** Dropped item → a kept item that covers it by documented coverage. */
	coveredBy: Map<T, T>;
	/** Kept item → items of the list that cover it by inferred coverage only. */
	possiblyCoveredBy: Map<T, T[]>;
}

const nameKey = (s: ScopeRef, name = s.name) => `${s.service}.${name}`.toLowerCase();

/**
 * Splits distinct scopes into kept and dropped. Never drops a scope unless a kept scope covers it
 * by documented coverage, so the kept list grants at least everything the input was documented to.
 * @example decideRedundancy([{ scope: modulesAll, order: 0 }, { scope: attachmentsAll, order: 1 }], index).kept.length // 2
 */
export function decideRedundancy<T extends RedundancyItem>(items: readonly T[], index: ScopeIndex): Redundancy<T> {
	const byName = new Map<string, T[]>();
	const wideByService = new Map<string, T[]>();
	for (const item of items) {
		const key = nameKey(item.scope);
		byName.set(key, [...(byName.get(key) ?? []), item]);
		if (isWideScopeName(index, item.scope.service, item.scope.name)) {
			const svc = item.scope.service.toLowerCase();
			wideByService.set(svc, [...(wideByService.get(svc) ?? []), item]);
		}
	}
	const documented = new Map<T, T[]>();
	const inferred = new Map<T, T[]>();
	for (const item of items) {
		const parts = item.scope.name.split('.');
		const candidates = new Set<T>(wideByService.get(item.scope.service.toLowerCase()) ?? []);
		for (let n = 1; n <= parts.length; n++) for (const c of byName.get(nameKey(item.scope, parts.slice(0, n).join('.'))) ?? []) candidates.add(c);
		for (const other of candidates) {
			if (other === item) continue;
			const status = scopeCoverage(other.scope, item.scope, index);
			if (status === 'documented') {
				// Of two scopes that cover each other, the later one is the redundant one.
				if (other.order > item.order && scopeCoverage(item.scope, other.scope, index) === 'documented') continue;
				documented.set(item, [...(documented.get(item) ?? []), other]);
			} else if (status === 'inferred') {
				inferred.set(item, [...(inferred.get(item) ?? []), other]);
			}
		}
	}
	const kept = new Set(items.filter((i) => !documented.has(i)));
	const coveredBy = new Map<T, T>();
	let pending = items.filter((i) => documented.has(i));
	while (pending.length > 0) {
		const next: T[] = [];
		for (const item of pending) {
			const by = documented.get(item)?.find((c) => kept.has(c));
			if (by) coveredBy.set(item, by);
			else next.push(item);
		}
		// Coverers that were dropped themselves: keep the earliest uncovered item and try again.
		if (next.length === pending.length) {
			const first = next.shift();
			if (first) kept.add(first);
		}
		pending = next;
	}
	const possiblyCoveredBy = new Map<T, T[]>();
	for (const [item, by] of inferred) if (kept.has(item)) possiblyCoveredBy.set(item, by);
	return { kept: items.filter((i) => kept.has(i)), coveredBy, possiblyCoveredBy };
}

// Finds, for one scope of a list, another scope of the same list that covers it, by looking up
// only the scope's own name and its ancestors (no all-pairs comparison).
import type { ScopeIndex } from './catalog';
import { scopeCovers } from './coverage';
import type { ScopeRef } from './types';

/** A scope in a list; `order` breaks ties between equivalent scopes (lower wins). */
export interface CoverCandidate {
	scope: ScopeRef;
	order: number;
}

function nameKey(service: string, name: string): string {
	return `${service}.${name}`.toLowerCase();
}

/** Groups distinct scopes by lower-case `Service.name` for `findCover`. */
export function groupScopesByName<T extends CoverCandidate>(items: T[]): Map<string, T[]> {
	const byName = new Map<string, T[]>();
	for (const item of items) {
		const key = nameKey(item.scope.service, item.scope.name);
		const list = byName.get(key);
		if (list) list.push(item);
		else byName.set(key, [item]);
	}
	return byName;
}

/**
 * Another item of the grouped list that covers `item` (the same name with a broader operation or
 * an ancestor name), or `undefined`. Of two equivalent scopes, the later one is the covered one.
 */
export function findCover<T extends CoverCandidate>(item: T, byName: Map<string, T[]>, index: ScopeIndex): T | undefined {
	const parts = item.scope.name.split('.');
	for (let n = 1; n <= parts.length; n++) {
		for (const other of byName.get(nameKey(item.scope.service, parts.slice(0, n).join('.'))) ?? []) {
			if (other === item || !scopeCovers(other.scope, item.scope, index)) continue;
			if (other.order > item.order && scopeCovers(item.scope, other.scope, index)) continue;
			return other;
		}
	}
	return undefined;
}

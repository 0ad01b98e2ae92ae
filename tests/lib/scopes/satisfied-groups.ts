// Test helper: which endpoint scope groups a scope list satisfies. A group is satisfied when a
// scope of the list is one of the group's alternatives or covers one by documented coverage; each
// `{module}` is tried with every module given. Shared by the fast-check properties.
import type { Endpoint } from '../../../src/lib/schemas';
import { scopeCovers, type ScopeIndex } from '../../../src/lib/scopes';

const serviceOf = (scope: string) => scope.slice(0, scope.indexOf('.')).toLowerCase();

/** Keys `endpoint#group@module` of the satisfied groups. */
export function satisfiedGroups(scopes: readonly string[], endpoints: readonly Endpoint[], index: ScopeIndex, modules: readonly string[]): string[] {
	const services = new Set(scopes.map(serviceOf));
	const out: string[] = [];
	for (const e of endpoints) {
		const mods = e.scopeGroups.some((g) => g.some((p) => p.includes('{module}'))) ? modules : [''];
		for (const m of mods) {
			e.scopeGroups.forEach((g, i) => {
				const alternatives = g.map((p) => p.replaceAll('{module}', m)).filter((a) => services.has(serviceOf(a)));
				if (alternatives.length > 0 && scopes.some((s) => alternatives.some((a) => scopeCovers(s, a, index)))) out.push(`${e.id}#${i}@${m}`);
			});
		}
	}
	return out;
}

// The scopes an identified endpoint needs next to the ones held, with the narrowest scopes to add.
// Uses the scope domain core's solver and coverage (src/lib/scopes); nothing is re-implemented.
import type { Endpoint } from '../schemas/endpoint';
import { scopeCovers, solveEndpointScopes, type ScopeIndex } from '../scopes';
import type { EndpointMatch } from './endpoint-match';
import type { ScopeCheck } from './types';

/**
 * What the endpoint needs (groups of alternatives), which group each held scope covers and what
 * to add. Undefined when the solver cannot explain the endpoint.
 * @example computeScopeCheck(matchEndpoint('GET', '/crm/v8/Deals/1', eps)!, ['ZohoCRM.users.READ'], eps, index)?.add // ['ZohoCRM.modules.deals.READ']
 */
export function computeScopeCheck(match: EndpointMatch, held: readonly string[], endpoints: readonly Endpoint[], index: ScopeIndex): ScopeCheck | undefined {
	const solution = solveEndpointScopes([{ endpointId: match.endpoint.id, ...(match.module ? { module: match.module } : {}) }], [...endpoints], index, 'narrow');
	const reason = solution.endpoints[0];
	if (!reason) return undefined;
	const assumed = solution.issues.find((i) => i.code === 'module_required');
	const groups = reason.groups.map((g) => {
		const heldBy = held.find((h) => g.alternatives.some((a) => scopeCovers(h, a, index)));
		return { alternatives: g.alternatives, ...(heldBy ? { heldBy } : {}) };
	});
	const add: string[] = [];
	reason.groups.forEach((g, i) => {
		if (groups[i]?.heldBy === undefined && g.satisfiedBy && !add.includes(g.satisfiedBy)) add.push(g.satisfiedBy);
	});
	return {
		endpointId: match.endpoint.id,
		display: match.display,
		...(assumed && assumed.code === 'module_required' ? { assumedModule: assumed.usedModule } : {}),
		groups,
		held: [...held],
		add,
	};
}

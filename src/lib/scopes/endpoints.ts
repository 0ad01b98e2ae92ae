// From "the endpoints my app calls" to the scopes to request. Each endpoint needs every scope group
// (AND) and any one scope of a group (OR). Groups are satisfied one by one, fewest choices first,
// reusing scopes already chosen; `narrow` picks the alternative granting least, `broad` the most.
import type { Endpoint } from '../schemas/endpoint';
import { findScopeEntry, listModules, type ScopeIndex } from './catalog';
import { listGrants, scopeCovers } from './coverage';
import { minimizeScopes } from './minimize';
import { resolveScopeText } from './resolve';
import { findNearest } from './suggest';
import { scopeRefToString, type EndpointIssue, type ScopeRef } from './types';

/** One endpoint the app calls, with the module it works on (API or scope name, any case). */
export interface EndpointPick {
	endpointId: string;
	module?: string;
}

/** How one scope group of an endpoint is satisfied. */
export interface ScopeGroupReason {
	/** The group's alternatives with `{module}` filled in. */
	alternatives: string[];
	/** Scope of the result that satisfies the group. */
	satisfiedBy?: string;
	/** The alternative that `satisfiedBy` grants (equal to it, or narrower). */
	via?: string;
}

/** Per-endpoint explanation of the result. */
export interface EndpointScopeReason {
	endpointId: string;
	/** Module scope name used for `{module}`, when the endpoint needs one. */
	module?: string;
	groups: ScopeGroupReason[];
}

/** Result of `solveEndpointScopes`. */
export interface EndpointScopeSolution {
	/** Minimal canonical scopes (a fixed point of `minimizeScopes`). */
	scopes: string[];
	endpoints: EndpointScopeReason[];
	issues: EndpointIssue[];
}

/** Whether any scope pattern of the endpoint contains `{module}`. */
export function endpointNeedsModule(endpoint: Endpoint): boolean {
	return endpoint.scopeGroups.some((g) => g.some((p) => p.includes('{module}')));
}

function resolveModule(module: string, service: string, index: ScopeIndex): string | undefined {
	const lower = module.trim().toLowerCase();
	for (const candidate of [lower, lower.replace(/[_\s-]/g, '')]) {
		const entry = findScopeEntry(index, service, `modules.${candidate}`);
		if (entry) return entry.entry.name.slice('modules.'.length);
	}
	return undefined;
}

interface PendingGroup {
	reason: ScopeGroupReason;
	candidates: ScopeRef[];
}

/**
 * Picks the smallest scope list that lets a token call every picked endpoint.
 * @example solveEndpointScopes([{ endpointId: 'get-records', module: 'Leads' }], endpoints, index, 'narrow').scopes
 * // ['ZohoCRM.modules.leads.READ']
 */
export function solveEndpointScopes(
	picks: EndpointPick[],
	endpoints: Endpoint[],
	index: ScopeIndex,
	mode: 'narrow' | 'broad' = 'narrow',
	options: { defaultModule?: string } = {},
): EndpointScopeSolution {
	const byId = new Map(endpoints.map((e) => [e.id, e]));
	const issues: EndpointIssue[] = [];
	const reasons: EndpointScopeReason[] = [];
	const pending: PendingGroup[] = [];
	for (const pick of picks) {
		const endpoint = byId.get(pick.endpointId);
		if (!endpoint) {
			issues.push({ code: 'unknown_endpoint', severity: 'error', endpointId: pick.endpointId });
			continue;
		}
		let module: string | undefined;
		if (endpointNeedsModule(endpoint)) {
			if (pick.module === undefined || pick.module.trim() === '') {
				module = options.defaultModule ?? listModules(index, endpoint.service)[0] ?? 'leads';
				issues.push({ code: 'module_required', severity: 'warning', endpointId: endpoint.id, usedModule: module });
			} else {
				module = resolveModule(pick.module, endpoint.service, index);
				if (module === undefined) {
					const suggestion = findNearest(pick.module, listModules(index, endpoint.service));
					issues.push({ code: 'unknown_module', severity: 'error', endpointId: endpoint.id, module: pick.module, ...(suggestion ? { suggestion } : {}) });
				}
			}
		}
		const reason: EndpointScopeReason = { endpointId: endpoint.id, ...(module ? { module } : {}), groups: [] };
		for (const group of endpoint.scopeGroups) {
			const alternatives = group.filter((p) => module !== undefined || !p.includes('{module}')).map((p) => p.replaceAll('{module}', module ?? ''));
			const candidates = alternatives.flatMap((p) => resolveScopeText(p, index).scope ?? []);
			const groupReason: ScopeGroupReason = { alternatives };
			reason.groups.push(groupReason);
			if (candidates.length === 0) issues.push({ code: 'unsatisfiable_group', severity: 'error', endpointId: endpoint.id, group });
			else pending.push({ reason: groupReason, candidates });
		}
		reasons.push(reason);
	}
	const weight = new Map<string, number>();
	const weigh = (s: ScopeRef) => {
		const key = scopeRefToString(s);
		const w = weight.get(key) ?? listGrants(s, index).length;
		weight.set(key, w);
		return w;
	};
	const sign = mode === 'narrow' ? 1 : -1;
	const prefer = (a: ScopeRef, b: ScopeRef) =>
		sign * (weigh(a) - weigh(b)) || sign * (b.name.split('.').length - a.name.split('.').length);
	const chosen: ScopeRef[] = [];
	for (const g of [...pending].sort((a, b) => a.candidates.length - b.candidates.length)) {
		if (g.candidates.some((c) => chosen.some((s) => scopeCovers(s, c, index)))) continue;
		const best = [...g.candidates].sort(prefer)[0];
		if (best) chosen.push(best);
	}
	const { scopes } = minimizeScopes(chosen, index);
	for (const g of pending) {
		for (const c of g.candidates) {
			const by = scopes.find((s) => scopeCovers(s, c, index));
			if (by !== undefined) {
				g.reason.satisfiedBy = by;
				g.reason.via = scopeRefToString(c);
				break;
			}
		}
	}
	return { scopes, endpoints: reasons, issues };
}

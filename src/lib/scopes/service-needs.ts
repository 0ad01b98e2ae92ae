// What a token holder needs besides the token to call the picked endpoints: per service, the API
// base in each data center and the ids every call carries (Books' organization_id, Desk's orgId).
import type { ApiBase, ApiService, RequiredId } from '../schemas/api-service';
import type { Endpoint } from '../schemas/endpoint';

/** One service of the picked endpoints and what calling it takes. */
export interface ServiceNeeds {
	/** Service name as in scopes, e.g. `Desk`. */
	service: string;
	product: string;
	/** Ids of the picked endpoints of this service, in pick order. */
	endpointIds: string[];
	/** API base in the chosen data center, when written on a Zoho page we read. */
	base?: ApiBase;
	/** Every documented base, in data-center order of the content. */
	bases: ApiBase[];
	/** What to do where no base is documented. */
	otherDataCenters?: string;
	/** How endpoint paths relate to the base. */
	paths: string;
	requiredIds: RequiredId[];
	/** `false` when the content has no entry for this service (nothing known besides the token). */
	known: boolean;
}

/**
 * The services of the picked endpoints, in pick order, with their API base for `dc` and their ids.
 * @example listServiceNeeds(['desk-get-tickets'], endpoints, apiServices, 'eu')[0]?.base?.url // 'https://desk.zoho.eu'
 */
export function listServiceNeeds(endpointIds: readonly string[], endpoints: readonly Endpoint[], apiServices: readonly ApiService[], dc: string): ServiceNeeds[] {
	const byId = new Map(endpoints.map((e) => [e.id, e]));
	const out = new Map<string, ServiceNeeds>();
	for (const id of endpointIds) {
		const ep = byId.get(id);
		if (!ep) continue;
		const existing = out.get(ep.service);
		if (existing) {
			existing.endpointIds.push(id);
			continue;
		}
		const svc = apiServices.find((s) => s.id === ep.service);
		const base = svc?.apiBase.find((b) => b.dc === dc);
		out.set(ep.service, {
			service: ep.service,
			product: svc?.product ?? ep.service,
			endpointIds: [id],
			...(base ? { base } : {}),
			bases: svc?.apiBase ?? [],
			...(svc?.otherDataCenters ? { otherDataCenters: svc.otherDataCenters } : {}),
			paths: svc?.paths ?? '',
			requiredIds: svc?.requiredIds ?? [],
			known: svc !== undefined,
		});
	}
	return [...out.values()];
}

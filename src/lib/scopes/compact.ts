// Compact copies of the catalog for the browser, in two files so the composer's first paint waits
// for the smaller one only: the scope data (what parsing, minimizing and search need) and the
// endpoint data (the endpoint picker's catalog and each service's API base and ids), which the
// composer loads when the picker is used. Notes and all but the first source of each entry are
// dropped. Built at build time, rebuilt into an index in the browser.
import type { ApiService, CoverageEdge, Endpoint, Operation, ServiceCatalog } from '../schemas';

/** A data center as the browser needs it. */
export interface CompactDataCenter {
	id: string;
	name: string;
	accountsServer: string;
	apiDomain: string;
}

/** The composer's scope data (`/data/composer.json`). */
export interface CompactScopeData {
	operations: Operation[];
	services: ServiceCatalog[];
	coverage: CoverageEdge[];
	dataCenters: CompactDataCenter[];
}

/** The endpoint picker's data (`/data/endpoints.json`). */
export interface CompactEndpointData {
	endpoints: Endpoint[];
	apiServices: ApiService[];
}

/** Both files together, as the troubleshooter loads them. */
export type CompactCatalog = CompactScopeData & CompactEndpointData;

type WithFile<T> = T & { file?: string };

/** The scope data: operations, the scope catalog, the coverage rules and the data centers. */
export function compactScopeData(input: {
	operations: WithFile<Operation>[];
	services: WithFile<ServiceCatalog>[];
	coverage: WithFile<CoverageEdge>[];
	dataCenters: CompactDataCenter[];
}): CompactScopeData {
	return {
		operations: input.operations.map(({ file: _f, ...o }) => ({ ...o, sources: o.sources.slice(0, 1) })),
		services: input.services.map(({ file: _f, note: _n, ...s }) => ({
			...s,
			sources: s.sources.slice(0, 1),
			scopes: s.scopes.map(({ note: _note, ...e }) => ({
				...e,
				sources: e.sources.slice(0, 1),
				...(e.deprecated ? { deprecated: { ...e.deprecated, sources: e.deprecated.sources.slice(0, 1) } } : {}),
			})),
		})),
		coverage: input.coverage.map(({ file: _f, evidence: _e, ...c }) => ({ ...c, evidence: '', sources: c.sources.slice(0, 1) })),
		dataCenters: input.dataCenters.map((d) => ({ id: d.id, name: d.name, accountsServer: d.accountsServer, apiDomain: d.apiDomain })),
	};
}

/** The endpoint data: every endpoint (first source) and every service's API base and ids. */
export function compactEndpointData(input: { endpoints: WithFile<Endpoint>[]; apiServices: WithFile<ApiService>[] }): CompactEndpointData {
	return {
		endpoints: input.endpoints.map(({ file: _f, note: _n, ...e }) => ({ ...e, sources: e.sources.slice(0, 1) })),
		apiServices: input.apiServices.map(({ file: _f, ...s }) => s),
	};
}

/**
 * Both files' data in one object (what tests stub both fetches with). The site serves them as two
 * files; this keeps the one-file shape for callers of the earlier `compactCatalog`.
 */
export function compactCatalog(input: Parameters<typeof compactScopeData>[0] & Parameters<typeof compactEndpointData>[0]): CompactCatalog {
	return { ...compactScopeData(input), ...compactEndpointData(input) };
}

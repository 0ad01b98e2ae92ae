// A compact copy of the catalog for the composer island: what the parser, minimizer, search and
// endpoint solver need, with one source per entry. Built at build time, rebuilt in the browser.
import type { Endpoint, Operation, ServiceCatalog } from '../schemas';

/** The composer's data file (`/data/composer.json`). */
export interface CompactCatalog {
	operations: Operation[];
	services: ServiceCatalog[];
	endpoints: Endpoint[];
	dataCenters: { id: string; name: string; accountsServer: string }[];
}

type WithFile<T> = T & { file?: string };

/** Drops notes and all but the first source of each entry. */
export function compactCatalog(input: {
	operations: WithFile<Operation>[];
	services: WithFile<ServiceCatalog>[];
	endpoints: WithFile<Endpoint>[];
	dataCenters: { id: string; name: string; accountsServer: string }[];
}): CompactCatalog {
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
		endpoints: input.endpoints.map(({ file: _f, note: _n, ...e }) => ({ ...e, sources: e.sources.slice(0, 1) })),
		dataCenters: input.dataCenters.map((d) => ({ id: d.id, name: d.name, accountsServer: d.accountsServer })),
	};
}

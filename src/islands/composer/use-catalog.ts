// Loads the compact catalog from the site itself (same origin) once per page.
import { useEffect, useState } from 'react';
import { createScopeIndex, type CompactCatalog, type ScopeIndex } from '../../lib/scopes';
import { routes } from '../../routes';

export interface LoadedCatalog {
	index: ScopeIndex;
	endpoints: CompactCatalog['endpoints'];
	dataCenters: CompactCatalog['dataCenters'];
}

let pending: Promise<LoadedCatalog> | undefined;

function load(): Promise<LoadedCatalog> {
	pending ??= fetch(routes.composerData(), { credentials: 'same-origin' })
		.then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.json() as Promise<CompactCatalog>;
		})
		.then((c) => ({ index: createScopeIndex(c), endpoints: c.endpoints, dataCenters: c.dataCenters }));
	pending.catch(() => {
		pending = undefined;
	});
	return pending;
}

/** Forgets the loaded catalog (tests). */
export function resetCatalogCache(): void {
	pending = undefined;
}

/** The catalog, or the state of loading it. */
export function useCatalog(): { catalog: LoadedCatalog | null; error: boolean } {
	const [state, setState] = useState<{ catalog: LoadedCatalog | null; error: boolean }>({ catalog: null, error: false });
	useEffect(() => {
		let live = true;
		load().then(
			(catalog) => live && setState({ catalog, error: false }),
			() => live && setState({ catalog: null, error: true }),
		);
		return () => {
			live = false;
		};
	}, []);
	return state;
}

// Loads the composer's data from the site itself (same origin), each file once per page: the scope
// data (`/data/composer.json`: catalog, coverage rules, data centers), which the check panel waits
// for, and the endpoint data (`/data/endpoints.json`), which the endpoint picker loads when used.
import { useEffect, useState } from 'react';
import { createScopeIndex } from '../../lib/scopes/catalog';
import type { CompactDataCenter, CompactEndpointData, CompactScopeData } from '../../lib/scopes/compact';
import type { ScopeIndex } from '../../lib/scopes/catalog';
import { routes } from '../../routes';

/** The scope data, with the index built once. */
export interface LoadedScopeData {
	index: ScopeIndex;
	dataCenters: CompactDataCenter[];
}

/** The endpoint data. */
export type LoadedEndpointData = CompactEndpointData;

/** Both, as the troubleshooter uses them (the shape `useCatalog` has always returned). */
export interface LoadedCatalog extends LoadedScopeData {
	endpoints: CompactEndpointData['endpoints'];
	apiServices: CompactEndpointData['apiServices'];
}

let scopes: Promise<LoadedScopeData> | undefined;
let endpoints: Promise<LoadedEndpointData> | undefined;

function getJson<T>(url: string): Promise<T> {
	return fetch(url, { credentials: 'same-origin' }).then((r) => {
		if (!r.ok) throw new Error(`HTTP ${r.status}`);
		return r.json() as Promise<T>;
	});
}

/** Starts (or reuses) loading the scope data. */
export function loadScopeData(): Promise<LoadedScopeData> {
	scopes ??= getJson<CompactScopeData>(routes.composerData()).then((c) => ({ index: createScopeIndex(c), dataCenters: c.dataCenters }));
	scopes.catch(() => (scopes = undefined));
	return scopes;
}

/** Starts (or reuses) loading the endpoint data. */
export function loadEndpointData(): Promise<LoadedEndpointData> {
	endpoints ??= getJson<CompactEndpointData>(routes.endpointData());
	endpoints.catch(() => (endpoints = undefined));
	return endpoints;
}

/** Forgets loaded data (tests). */
export function resetCatalogCache(): void {
	scopes = undefined;
	endpoints = undefined;
}

interface State<T> {
	data: T | null;
	error: boolean;
}

function useLoad<T>(load: () => Promise<T>, enabled: boolean): State<T> {
	const [state, setState] = useState<State<T>>({ data: null, error: false });
	useEffect(() => {
		if (!enabled) return;
		let live = true;
		load().then(
			(data) => live && setState({ data, error: false }),
			() => live && setState({ data: null, error: true }),
		);
		return () => {
			live = false;
		};
	}, [load, enabled]);
	return state;
}

/** The scope data, or the state of loading it. */
export function useScopeData(): State<LoadedScopeData> {
	return useLoad(loadScopeData, true);
}

/** The endpoint data once `enabled` (the picker was used), or the state of loading it. */
export function useEndpointData(enabled: boolean): State<LoadedEndpointData> {
	return useLoad(loadEndpointData, enabled);
}

const loadBoth = () => Promise.all([loadScopeData(), loadEndpointData()]).then(([s, e]): LoadedCatalog => ({ ...s, ...e }));

/** Scope and endpoint data together (the troubleshooter), or the state of loading them. */
export function useCatalog(): { catalog: LoadedCatalog | null; error: boolean } {
	const { data, error } = useLoad(loadBoth, true);
	return { catalog: data, error };
}

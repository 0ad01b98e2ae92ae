// The one owner of the address bar. A store that has a link (wizard, composer, checklist,
// troubleshooter) is bound to it here: on load and on back/forward the store reads the link; after
// every change of the store the link is rewritten from it. This is the only module that calls
// `history.pushState` / `history.replaceState`.
import type { StoreApi } from 'zustand/vanilla';

/** How a store maps to its link. */
export interface UrlBinding<S> {
	/** The canonical query string (no `?`) for a state; `''` for none. */
	toQuery: (state: S) => string;
	/** Replaces the store's link state with a query string's (page load, back/forward). */
	fromQuery: (search: string) => void;
	/** `push`: each change is a history entry (back undoes it); `replace`: the link is edited in place. */
	history: 'push' | 'replace';
}

/**
 * Writes `query` (no `?`) into the address bar, keeping the path and `#hash`. Does nothing when the
 * address bar already shows it.
 */
export function writeAddressQuery(query: string, mode: 'push' | 'replace'): void {
	if (window.location.search.replace(/^\?/, '') === query) return;
	const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
	if (mode === 'push') window.history.pushState(null, '', url);
	else window.history.replaceState(null, '', url);
}

/**
 * Binds a store to the address bar: reads the link now, tidies it to the canonical form (replace),
 * then follows the store (its `history` mode) and back/forward. Returns the function that unbinds.
 */
export function bindStoreToUrl<S>(store: StoreApi<S>, binding: UrlBinding<S>): () => void {
	let reading = false;
	const read = () => {
		reading = true;
		try {
			binding.fromQuery(window.location.search);
		} finally {
			reading = false;
		}
		writeAddressQuery(binding.toQuery(store.getState()), 'replace');
	};
	read();
	const unsubscribe = store.subscribe((state, previous) => {
		if (reading) return;
		const query = binding.toQuery(state);
		if (query !== binding.toQuery(previous)) writeAddressQuery(query, binding.history);
	});
	window.addEventListener('popstate', read);
	return () => {
		unsubscribe();
		window.removeEventListener('popstate', read);
	};
}

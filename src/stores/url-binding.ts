// The one owner of the address bar. A store that has a link (wizard, composer, checklist,
// troubleshooter) is bound to it here: on load and on back/forward the store reads the link; after
// every change of the store the link is rewritten from it. This is the only module that calls
// `history.pushState` / `history.replaceState`.
//
// The link codec may load on first use: a page opened without a query needs none until the user
// changes something, so its code is not part of what the page loads up front.
import type { StoreApi } from 'zustand/vanilla';

/** How a store maps to its link. */
export interface UrlCodec<S> {
	/** The canonical query string (no `?`) for a state; `''` for none. */
	toQuery: (state: S) => string;
	/** Replaces the store's link state with a query string's (page load, back/forward). */
	fromQuery: (search: string) => void;
}

/** A store's binding to the address bar: its codec, given directly or loaded on first use. */
export type UrlBinding<S> = (
	| {
			/** The codec, or a promise of it (a dynamic import). Called at most once. */
			codec: () => UrlCodec<S> | Promise<UrlCodec<S>>;
	  }
	| UrlCodec<S>
) & {
	/** `push`: each change is a history entry (back undoes it); `replace`: the link is edited in place. */
	history: 'push' | 'replace';
};

/** The query of the address bar, without `?`. */
const currentQuery = () => window.location.search.replace(/^\?/, '');

/**
 * Writes `query` (no `?`) into the address bar, keeping the path and `#hash`. Does nothing when the
 * address bar already shows it.
 */
export function writeAddressQuery(query: string, mode: 'push' | 'replace'): void {
	if (currentQuery() === query) return;
	const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
	if (mode === 'push') window.history.pushState(null, '', url);
	else window.history.replaceState(null, '', url);
}

/** A live binding: `ready` settles once the link the page was opened with has been read. */
export interface BoundUrl {
	ready: Promise<void>;
	unbind: () => void;
}

/**
 * Binds a store to the address bar: reads the link (loading the codec only if there is a query),
 * tidies it to the canonical form (replace), then follows the store (its `history` mode) and
 * back/forward.
 */
export function bindStoreToUrl<S>(store: StoreApi<S>, binding: UrlBinding<S>): BoundUrl {
	let codec: UrlCodec<S> | null = null;
	let loading: Promise<UrlCodec<S>> | null = null;
	let active = true;
	let reading = false;
	const given = () => ('codec' in binding ? binding.codec() : binding);
	const load = () =>
		(loading ??= Promise.resolve(given()).then((c) => {
			codec = c;
			return c;
		}));

	const read = async () => {
		if (!codec && currentQuery() === '') return; // nothing in the link, and nothing read from one yet
		const c = await load();
		if (!active) return;
		reading = true;
		try {
			c.fromQuery(window.location.search);
		} finally {
			reading = false;
		}
		writeAddressQuery(c.toQuery(store.getState()), 'replace');
	};

	const unsubscribe = store.subscribe(() => {
		if (reading) return;
		void load().then((c) => {
			if (active) writeAddressQuery(c.toQuery(store.getState()), binding.history);
		});
	});
	const onPop = () => void read();
	window.addEventListener('popstate', onPop);
	return {
		ready: read(),
		unbind: () => {
			active = false;
			unsubscribe();
			window.removeEventListener('popstate', onPop);
		},
	};
}

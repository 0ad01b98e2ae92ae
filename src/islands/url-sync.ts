// Browser glue between a store and the page URL. Islands call these from event handlers:
// load on mount and on back/forward, write after each change.
import { useEffect, useRef, useState } from 'react';

/**
 * Calls `load` with the page's query string once after mount and again whenever the user goes
 * back or forward. Returns true once the URL has been read (islands expose it as
 * `data-hydrated`, so tests and scripts know the page is live).
 */
export function useUrlLoad(load: (search: string) => void): boolean {
	const ref = useRef(load);
	ref.current = load;
	const [ready, setReady] = useState(false);
	useEffect(() => {
		ref.current(window.location.search);
		setReady(true);
		const onPop = () => ref.current(window.location.search);
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	}, []);
	return ready;
}

/**
 * Puts `query` (without `?`) in the address bar. `push` adds a history entry (back undoes the
 * change); `replace` edits the current one (tidying the link the page was opened with).
 */
export function writeQuery(query: string, mode: 'push' | 'replace'): void {
	const current = window.location.search.replace(/^\?/, '');
	if (current === query) return;
	const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
	if (mode === 'push') window.history.pushState(null, '', url);
	else window.history.replaceState(null, '', url);
}

/** Copies text to the clipboard; false when the browser refuses (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

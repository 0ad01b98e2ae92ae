// Browser glue for islands: bind a store to the link once mounted, and copy text.
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { bindStoreToUrl, type UrlBinding } from '../stores/url-binding';

/**
 * Binds `store` to the address bar while the island is mounted (see src/stores/url-binding.ts).
 * Pass the store's binding constant, so it binds once. Returns true once the link has been read:
 * islands expose it as `data-hydrated`, so tests and scripts know the page is live.
 */
export function useUrlBinding<S>(store: StoreApi<S>, binding: UrlBinding<S>): boolean {
	const [ready, setReady] = useState(false);
	useEffect(() => {
		const bound = bindStoreToUrl(store, binding);
		let live = true;
		// A codec that fails to load leaves the page as it is, but live.
		void bound.ready.catch(() => undefined).then(() => live && setReady(true));
		return () => {
			live = false;
			bound.unbind();
		};
	}, [store, binding]);
	return ready;
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

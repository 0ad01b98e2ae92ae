// The scope composer's state: what the user typed or pasted, the endpoints they picked, and their
// choices. Analysis, minimal string and endpoint solution are derived by src/lib/scopes, not stored.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EndpointPick } from '../lib/scopes/endpoints';
import type { WordedUrlNotice } from '../lib/url-state/messages';
import type { UrlBinding } from './url-binding';

export interface ComposerState {
	/** The scope string being checked (also the `s` URL parameter). */
	input: string;
	/** Endpoints picked in "from API calls", with their module. */
	picks: EndpointPick[];
	mode: 'narrow' | 'broad';
	/** Data center for the authorization-URL format. */
	dc: string;
	/** What was ignored or repaired in the link the page was opened with. */
	notices: WordedUrlNotice[];
	setInput: (input: string) => void;
	/** Adds scopes to the end of the input, comma-separated. */
	appendScopes: (scopes: string[]) => void;
	togglePick: (endpointId: string) => void;
	setPickModule: (endpointId: string, module: string) => void;
	setMode: (mode: 'narrow' | 'broad') => void;
	setDc: (dc: string) => void;
	/** Replaces the input with the one read from a link (page load, back/forward). */
	applyLink: (decoded: { input: string; notices: WordedUrlNotice[] }) => void;
}

const initialState = { input: '', picks: [] as EndpointPick[], mode: 'narrow' as const, dc: 'us', notices: [] as WordedUrlNotice[] };

export const composerStore = createStore<ComposerState>()((set) => ({
	...initialState,
	setInput: (input) => set({ input }),
	appendScopes: (scopes) =>
		set((s) => {
			const base = s.input.trim().replace(/[,\s]+$/, '');
			return { input: [base, ...scopes].filter(Boolean).join(',') };
		}),
	togglePick: (endpointId) =>
		set((s) => ({
			picks: s.picks.some((p) => p.endpointId === endpointId)
				? s.picks.filter((p) => p.endpointId !== endpointId)
				: [...s.picks, { endpointId }],
		})),
	setPickModule: (endpointId, module) =>
		set((s) => ({ picks: s.picks.map((p) => (p.endpointId === endpointId ? { endpointId, module } : p)) })),
	setMode: (mode) => set({ mode }),
	setDc: (dc) => set({ dc }),
	applyLink: ({ input, notices }) => set({ input, notices }),
}));

/** The composer's link (`?s=`), edited in place as the input changes. The codec loads on first use. */
export const composerUrlBinding: UrlBinding<ComposerState> = {
	codec: () =>
		Promise.all([import('../lib/scopes/url-state'), import('../lib/url-state/messages')]).then(([{ decodeScopeParams, encodeScopeParams }, { wordUrlNotices }]) => ({
			toQuery: (s: ComposerState) => encodeScopeParams(s.input),
			fromQuery: (search: string) => {
				const { input, notices } = decodeScopeParams(search);
				composerStore.getState().applyLink({ input, notices: wordUrlNotices(notices) });
			},
		})),
	history: 'replace',
};

/** Bounded hook: select the smallest slice you need. */
export function useComposerStore<T>(selector: (s: ComposerState) => T): T {
	return useStore(composerStore, selector);
}

/** Back to the initial state (tests). */
export function resetComposerStore(): void {
	composerStore.setState(initialState);
}

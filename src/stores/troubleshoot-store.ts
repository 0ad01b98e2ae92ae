// The troubleshooter's state: the paste (memory only: never stored, never in a URL), the shareable
// fields and the notices of the link the page was opened with. The diagnosis is derived, never stored.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { TroubleshootUrlState } from '../lib/troubleshoot/url-state';
import type { WordedUrlNotice } from '../lib/url-state/messages';
import type { UrlBinding } from './url-binding';

export interface TroubleshootFields {
	error: string;
	endpoint: string;
	scopes: string;
	dc: string;
}

export interface TroubleshootState extends TroubleshootFields {
	/** Pasted text. Kept in memory only. */
	paste: string;
	/** What was ignored in the link the page was opened with. */
	notices: WordedUrlNotice[];
	setPaste: (paste: string) => void;
	setField: <K extends keyof TroubleshootFields>(key: K, value: string) => void;
	/** Replaces the fields with those read from a link (page load, back/forward); the paste stays. */
	applyLink: (decoded: { state: TroubleshootUrlState; notices: WordedUrlNotice[] }) => void;
	reset: () => void;
}

const emptyFields: TroubleshootFields = { error: '', endpoint: '', scopes: '', dc: '' };
const initialState = { ...emptyFields, paste: '', notices: [] as WordedUrlNotice[] };

export const troubleshootStore = createStore<TroubleshootState>()((set) => ({
	...initialState,
	setPaste: (paste) => set({ paste }),
	setField: (key, value) => set({ [key]: value } as Partial<TroubleshootFields>),
	applyLink: ({ state, notices }) => set({ error: state.error ?? '', endpoint: state.endpoint ?? '', scopes: state.scopes ?? '', dc: state.dc ?? '', notices }),
	reset: () => set(initialState),
}));

/** The link state of the current fields (the codec leaves out unsafe values); never the paste. */
export function fieldsUrlState(s: TroubleshootFields): TroubleshootUrlState {
	return {
		...(s.error ? { error: s.error } : {}),
		...(s.endpoint ? { endpoint: s.endpoint } : {}),
		...(s.scopes ? { scopes: s.scopes } : {}),
		...(s.dc ? { dc: s.dc as NonNullable<TroubleshootUrlState['dc']> } : {}),
	};
}

/** The troubleshooter's link: only the safe, non-secret fields, edited in place; never the paste. The codec loads on first use. */
export const troubleshootUrlBinding: UrlBinding<TroubleshootState> = {
	codec: () =>
		Promise.all([import('../lib/troubleshoot/url-state'), import('../lib/url-state/messages')]).then(([{ decodeTroubleshootParams, encodeTroubleshootParams }, { wordUrlNotices }]) => ({
			toQuery: (s: TroubleshootState) => encodeTroubleshootParams(fieldsUrlState(s)),
			fromQuery: (search: string) => {
				const { state, notices } = decodeTroubleshootParams(search);
				troubleshootStore.getState().applyLink({ state, notices: wordUrlNotices(notices) });
			},
		})),
	history: 'replace',
};

/** Bounded hook: select the smallest slice you need. */
export function useTroubleshootStore<T>(selector: (s: TroubleshootState) => T): T {
	return useStore(troubleshootStore, selector);
}

/** Back to the initial state (tests). */
export function resetTroubleshootStore(): void {
	troubleshootStore.setState(initialState);
}

// The troubleshooter's state: the paste (memory only: never stored, never in a URL), the shareable
// fields and the notices of the link the page was opened with. The diagnosis is derived, never stored.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { decodeTroubleshootParams, encodeTroubleshootParams, type TroubleshootUrlState } from '../lib/troubleshoot';
import type { UrlNotice } from '../lib/url-state/notice';
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
	notices: UrlNotice[];
	setPaste: (paste: string) => void;
	setField: <K extends keyof TroubleshootFields>(key: K, value: string) => void;
	/** Replaces the fields with those of a query string (page load, back/forward); the paste stays. */
	loadFromSearch: (search: string) => void;
	reset: () => void;
}

const emptyFields: TroubleshootFields = { error: '', endpoint: '', scopes: '', dc: '' };
const initialState = { ...emptyFields, paste: '', notices: [] as UrlNotice[] };

export const troubleshootStore = createStore<TroubleshootState>()((set) => ({
	...initialState,
	setPaste: (paste) => set({ paste }),
	setField: (key, value) => set({ [key]: value } as Partial<TroubleshootFields>),
	loadFromSearch: (search) => {
		const { state, notices } = decodeTroubleshootParams(search);
		set({ error: state.error ?? '', endpoint: state.endpoint ?? '', scopes: state.scopes ?? '', dc: state.dc ?? '', notices });
	},
	reset: () => set(initialState),
}));

/** The query string (no `?`) for the current fields: only their safe, non-secret parts. */
export function fieldsQuery(s: TroubleshootFields): string {
	const state: TroubleshootUrlState = {
		...(s.error ? { error: s.error } : {}),
		...(s.endpoint ? { endpoint: s.endpoint } : {}),
		...(s.scopes ? { scopes: s.scopes } : {}),
		...(s.dc ? { dc: s.dc as NonNullable<TroubleshootUrlState['dc']> } : {}),
	};
	return encodeTroubleshootParams(state);
}

/** The troubleshooter's link: only the safe, non-secret fields, edited in place; never the paste. */
export const troubleshootUrlBinding: UrlBinding<TroubleshootState> = {
	toQuery: fieldsQuery,
	fromQuery: (search) => troubleshootStore.getState().loadFromSearch(search),
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

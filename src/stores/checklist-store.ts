// The setup checklist's state: the choices (type, DC, scopes, SDK language — also the URL), the
// client ID typed into the page (memory only: never in the URL or in storage), the ticked steps and
// the notices about the link and the saved progress. The checklist itself is derived by
// src/lib/checklists, never stored. Saving and loading the ticks are module-level actions in
// ./checklist-progress.ts, loaded with the checklist itself.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { TickedSteps } from '../lib/checklists/progress';
import type { ProgressNoticeCode } from '../lib/checklists/progress-messages';
import type { WordedUrlNotice } from '../lib/url-state/messages';
import type { UrlBinding } from './url-binding';
import type { ChecklistUrlState } from '../lib/schemas';

/**
 * What happened to the saved progress: `corrupted` / `old_version` (reset, from the lib),
 * `unavailable` (storage cannot be read or written, e.g. blocked; ticks last until the tab closes).
 */
export type ProgressNotice = ProgressNoticeCode;

export interface ChecklistState {
	/** The shareable choices, as in the URL; `dc` and `lang` fall back to defaults when unset. */
	choices: ChecklistUrlState;
	/** Client ID typed into the page; kept in memory only. */
	clientId: string;
	/** Checklist key → ticked step ids (the saved progress). */
	ticked: TickedSteps;
	/** What was ignored in the link the page was opened with. */
	notices: WordedUrlNotice[];
	progressNotice: ProgressNotice | null;
	setChoice: <K extends keyof ChecklistUrlState>(key: K, value: ChecklistUrlState[K]) => void;
	setClientId: (clientId: string) => void;
	dismissProgressNotice: () => void;
	/** Replaces the choices with those read from a link (page load, back/forward). */
	applyLink: (decoded: { state: ChecklistUrlState; notices: WordedUrlNotice[] }) => void;
}

/** Defaults when the link does not choose. */
export const DEFAULT_DC = 'us' as const;
export const DEFAULT_LANG = 'java' as const;

const initialState = {
	choices: {} as ChecklistUrlState,
	clientId: '',
	ticked: {} as TickedSteps,
	notices: [] as WordedUrlNotice[],
	progressNotice: null as ProgressNotice | null,
};

export const checklistStore = createStore<ChecklistState>()((set) => ({
	...initialState,
	setChoice: (key, value) =>
		set((s) => {
			const choices: ChecklistUrlState = { ...s.choices };
			if (value === undefined || value === '') delete choices[key];
			else choices[key] = value;
			return { choices };
		}),
	setClientId: (clientId) => set({ clientId: clientId.slice(0, 200) }),
	dismissProgressNotice: () => set({ progressNotice: null }),
	applyLink: ({ state, notices }) => set({ choices: state, notices }),
}));

/** The checklist's link (`?type=&dc=&s=&lang=`), edited in place; the client ID is never in it. */
export const checklistUrlBinding: UrlBinding<ChecklistState> = {
	codec: () =>
		Promise.all([import('../lib/checklists/url-state'), import('../lib/url-state/messages')]).then(([{ decodeChecklistParams, encodeChecklistParams }, { wordUrlNotices }]) => ({
			toQuery: (s: ChecklistState) => encodeChecklistParams(s.choices),
			fromQuery: (search: string) => {
				const { state, notices } = decodeChecklistParams(search);
				checklistStore.getState().applyLink({ state, notices: wordUrlNotices(notices) });
			},
		})),
	history: 'replace',
};

/** Bounded hook: select the smallest slice you need. */
export function useChecklistStore<T>(selector: (s: ChecklistState) => T): T {
	return useStore(checklistStore, selector);
}

/** Back to the initial state (tests; `resetProgressStorage` forgets the storage). */
export function resetChecklistStore(): void {
	checklistStore.setState(initialState);
}

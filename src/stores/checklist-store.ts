// The setup checklist's state: the choices (type, DC, scopes, SDK language — also the URL), the
// client ID typed into the page (memory only: never in the URL or in storage), the ticked steps and
// the notices about the link and the saved progress. The checklist itself is derived by
// src/lib/checklists, never stored.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
	PROGRESS_STORAGE_KEY,
	decodeChecklistParams,
	encodeChecklistParams,
	parseStoredProgress,
	serializeProgress,
	setStepTicked,
	type TickedSteps,
} from '../lib/checklists';
import type { ProgressNoticeCode } from '../lib/checklists/messages';
import type { UrlNotice } from '../lib/url-state/notice';
import type { UrlBinding } from './url-binding';
import type { ChecklistUrlState } from '../lib/schemas';

/** The part of the Web Storage API the store uses; tests pass an in-memory fake. */
export interface ProgressStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

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
	notices: UrlNotice[];
	progressNotice: ProgressNotice | null;
	setChoice: <K extends keyof ChecklistUrlState>(key: K, value: ChecklistUrlState[K]) => void;
	setClientId: (clientId: string) => void;
	/** Ticks or unticks one step of the checklist `key` and saves the progress. */
	tick: (key: string, stepId: string, on: boolean) => void;
	/** Unticks every step of the checklist `key`. */
	clearTicks: (key: string) => void;
	dismissProgressNotice: () => void;
	/** Replaces the choices with those in a query string (page load, back/forward). */
	loadFromSearch: (search: string) => void;
	/**
	 * Reads saved progress from `storage` (default: the browser's localStorage) and writes to it
	 * from then on. A corrupted or old record is replaced by the cleaned one and noticed.
	 */
	loadProgress: (storage?: ProgressStorage | null) => void;
}

/** Defaults when the link does not choose. */
export const DEFAULT_DC = 'us' as const;
export const DEFAULT_LANG = 'java' as const;

const initialState = {
	choices: {} as ChecklistUrlState,
	clientId: '',
	ticked: {} as TickedSteps,
	notices: [] as UrlNotice[],
	progressNotice: null as ProgressNotice | null,
};

/** Where progress is written; set by `loadProgress`. Until then ticks stay in memory. */
let storage: ProgressStorage | null = null;

/** The browser's localStorage, or null where it does not exist or throws (blocked, sandboxed). */
function browserStorage(): ProgressStorage | null {
	try {
		return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
	} catch {
		return null;
	}
}

/** Writes progress; false when the storage refuses (full, blocked). */
function save(ticked: TickedSteps): boolean {
	if (!storage) return true;
	try {
		storage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(ticked));
		return true;
	} catch {
		return false;
	}
}

export const checklistStore = createStore<ChecklistState>()((set, get) => ({
	...initialState,
	setChoice: (key, value) =>
		set((s) => {
			const choices: ChecklistUrlState = { ...s.choices };
			if (value === undefined || value === '') delete choices[key];
			else choices[key] = value;
			return { choices };
		}),
	setClientId: (clientId) => set({ clientId: clientId.slice(0, 200) }),
	tick: (key, stepId, on) => {
		const ticked = setStepTicked(get().ticked, key, stepId, on);
		const ok = save(ticked);
		set(ok ? { ticked } : { ticked, progressNotice: 'unavailable' });
	},
	clearTicks: (key) => {
		const ticked = { ...get().ticked };
		delete ticked[key];
		const ok = save(ticked);
		set(ok ? { ticked } : { ticked, progressNotice: 'unavailable' });
	},
	dismissProgressNotice: () => set({ progressNotice: null }),
	loadFromSearch: (search) => {
		const { state, notices } = decodeChecklistParams(search);
		set({ choices: state, notices });
	},
	loadProgress: (given) => {
		storage = given === undefined ? browserStorage() : given;
		if (!storage) {
			set({ progressNotice: 'unavailable' });
			return;
		}
		let raw: string | null;
		try {
			raw = storage.getItem(PROGRESS_STORAGE_KEY);
		} catch {
			storage = null;
			set({ progressNotice: 'unavailable' });
			return;
		}
		const { ticked, notice } = parseStoredProgress(raw);
		// Replace a bad record with the cleaned one, so the notice shows once, not on every visit.
		if (notice) save(ticked);
		set({ ticked, progressNotice: notice ?? null });
	},
}));

/** The checklist's link (`?type=&dc=&s=&lang=`), edited in place; the client ID is never in it. */
export const checklistUrlBinding: UrlBinding<ChecklistState> = {
	toQuery: (s) => encodeChecklistParams(s.choices),
	fromQuery: (search) => checklistStore.getState().loadFromSearch(search),
	history: 'replace',
};

/** Bounded hook: select the smallest slice you need. */
export function useChecklistStore<T>(selector: (s: ChecklistState) => T): T {
	return useStore(checklistStore, selector);
}

/** Back to the initial state, forgetting the storage (tests). */
export function resetChecklistStore(): void {
	storage = null;
	checklistStore.setState(initialState);
}

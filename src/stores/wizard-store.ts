// The wizard's state: the answers and the notices from the link it was opened with. The
// recommendation is derived by the engine in src/lib/wizard, never stored.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { normalizeAnswers, type AnswerKey, type Answers } from '../lib/wizard/answers';
import { decodeWizardParams, encodeWizardParams } from '../lib/wizard/url-state';
import type { UrlNotice } from '../lib/url-state/notice';
import type { UrlBinding } from './url-binding';

export interface WizardState {
	answers: Partial<Answers>;
	/** What was ignored in the link the page was opened with. */
	notices: UrlNotice[];
	setAnswer: <K extends AnswerKey>(key: K, value: Answers[K]) => void;
	reset: () => void;
	/** Replaces the answers with those in a query string (page load, back/forward). */
	loadFromSearch: (search: string) => void;
}

const initialState = { answers: {} as Partial<Answers>, notices: [] as UrlNotice[] };

export const wizardStore = createStore<WizardState>()((set) => ({
	...initialState,
	setAnswer: (key, value) => set((s) => ({ answers: normalizeAnswers({ ...s.answers, [key]: value }) })),
	reset: () => set({ answers: {}, notices: [] }),
	loadFromSearch: (search) => {
		const { answers, notices } = decodeWizardParams(search);
		set({ answers, notices });
	},
}));

/** The wizard's link: each answer is a history entry, so back undoes it. */
export const wizardUrlBinding: UrlBinding<WizardState> = {
	toQuery: (s) => encodeWizardParams(s.answers),
	fromQuery: (search) => wizardStore.getState().loadFromSearch(search),
	history: 'push',
};

/** Bounded hook: select the smallest slice you need. */
export function useWizardStore<T>(selector: (s: WizardState) => T): T {
	return useStore(wizardStore, selector);
}

/** Back to the initial state (tests). */
export function resetWizardStore(): void {
	wizardStore.setState(initialState);
}

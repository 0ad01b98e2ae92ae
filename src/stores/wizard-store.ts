// The wizard's state: the answers and the notices from the link it was opened with. The
// recommendation is derived by the engine in src/lib/wizard, never stored.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { normalizeAnswers, type AnswerKey, type Answers } from '../lib/wizard/answers';
import type { WordedUrlNotice } from '../lib/url-state/messages';
import type { UrlBinding } from './url-binding';

export interface WizardState {
	answers: Partial<Answers>;
	/** What was ignored in the link the page was opened with. */
	notices: WordedUrlNotice[];
	setAnswer: <K extends AnswerKey>(key: K, value: Answers[K]) => void;
	reset: () => void;
	/** Replaces the answers with those read from a link (page load, back/forward). */
	applyLink: (decoded: { answers: Partial<Answers>; notices: WordedUrlNotice[] }) => void;
}

const initialState = { answers: {} as Partial<Answers>, notices: [] as WordedUrlNotice[] };

export const wizardStore = createStore<WizardState>()((set) => ({
	...initialState,
	setAnswer: (key, value) => set((s) => ({ answers: normalizeAnswers({ ...s.answers, [key]: value }) })),
	reset: () => set({ answers: {}, notices: [] }),
	applyLink: ({ answers, notices }) => set({ answers, notices }),
}));

/** The wizard's link: each answer is a history entry, so back undoes it. The codec loads on first use. */
export const wizardUrlBinding: UrlBinding<WizardState> = {
	codec: () =>
		Promise.all([import('../lib/wizard/url-state'), import('../lib/url-state/messages')]).then(([{ decodeWizardParams, encodeWizardParams }, { wordUrlNotices }]) => ({
			toQuery: (s: WizardState) => encodeWizardParams(s.answers),
			fromQuery: (search: string) => {
				const { answers, notices } = decodeWizardParams(search);
				wizardStore.getState().applyLink({ answers, notices: wordUrlNotices(notices) });
			},
		})),
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

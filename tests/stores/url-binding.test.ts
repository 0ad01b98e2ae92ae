// @vitest-environment jsdom
// The store-level URL binding in a DOM: reads the link on bind (loading the codec only when there
// is a query), tidies it, writes the address bar after each change (push or replace) and follows
// back/forward.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { bindStoreToUrl, type BoundUrl, type UrlBinding } from '../../src/stores/url-binding';
import { resetWizardStore, wizardStore, wizardUrlBinding } from '../../src/stores/wizard-store';
import { composerStore, composerUrlBinding, resetComposerStore } from '../../src/stores/composer-store';

describe('bindStoreToUrl', () => {
	let bound: BoundUrl | undefined;
	beforeEach(() => window.history.replaceState(null, '', '/wizard/'));
	afterEach(() => {
		bound?.unbind();
		bound = undefined;
		resetWizardStore();
		resetComposerStore();
	});

	it('reads the link and rewrites it in canonical form, without a new history entry', async () => {
		window.history.replaceState(null, '', '/wizard/?RUNTIME=script&accounts=own&x=1#result');
		const before = window.history.length;
		bound = bindStoreToUrl(wizardStore, wizardUrlBinding);
		await bound.ready;
		expect(wizardStore.getState().answers).toEqual({ accounts: 'own', runtime: 'script' });
		expect(wizardStore.getState().notices.map((n) => n.code)).toEqual(['unknown_param']);
		expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/wizard/?accounts=own&runtime=script#result');
		expect(window.history.length).toBe(before);
	});

	it('pushes a history entry per wizard answer, so back undoes it', async () => {
		bound = bindStoreToUrl(wizardStore, wizardUrlBinding);
		await bound.ready;
		const before = window.history.length;
		wizardStore.getState().setAnswer('accounts', 'own');
		await vi.waitFor(() => expect(window.location.search).toBe('?accounts=own'));
		expect(window.history.length).toBe(before + 1);
		wizardStore.getState().setAnswer('accounts', 'own');
		await Promise.resolve();
		expect(window.history.length).toBe(before + 1);
	});

	it('replaces the entry for the composer, and never writes when the link would not change', async () => {
		window.history.replaceState(null, '', '/scopes/');
		bound = bindStoreToUrl(composerStore, composerUrlBinding);
		await bound.ready;
		const before = window.history.length;
		composerStore.getState().setInput('ZohoCRM.users.READ');
		await vi.waitFor(() => expect(window.location.search).toBe('?s=ZohoCRM.users.READ'));
		composerStore.getState().setMode('broad');
		await Promise.resolve();
		expect(window.history.length).toBe(before);
	});

	it('follows back and forward', async () => {
		bound = bindStoreToUrl(wizardStore, wizardUrlBinding);
		await bound.ready;
		window.history.pushState(null, '', '/wizard/?runtime=device');
		window.dispatchEvent(new PopStateEvent('popstate'));
		await vi.waitFor(() => expect(wizardStore.getState().answers).toEqual({ runtime: 'device' }));
	});

	it('stops after unbinding', async () => {
		bound = bindStoreToUrl(wizardStore, wizardUrlBinding);
		await bound.ready;
		bound.unbind();
		bound = undefined;
		wizardStore.getState().setAnswer('webui', 'yes');
		await Promise.resolve();
		expect(window.location.search).toBe('');
	});

	it('loads the codec only when the link has a query or the store changes', async () => {
		const store = createStore<{ n: number }>()(() => ({ n: 0 }));
		const codec = vi.fn(() => ({ toQuery: (s: { n: number }) => (s.n ? `n=${s.n}` : ''), fromQuery: () => undefined }));
		const binding: UrlBinding<{ n: number }> = { codec, history: 'replace' };
		bound = bindStoreToUrl(store, binding);
		await bound.ready;
		expect(codec).not.toHaveBeenCalled();
		store.setState({ n: 2 });
		await vi.waitFor(() => expect(window.location.search).toBe('?n=2'));
		expect(codec).toHaveBeenCalledTimes(1);
	});
});

// @vitest-environment jsdom
// The store-level URL binding in a DOM: reads the link on bind, tidies it, writes the address bar
// after each change (push or replace) and follows back/forward.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bindStoreToUrl } from '../../src/stores/url-binding';
import { resetWizardStore, wizardStore, wizardUrlBinding } from '../../src/stores/wizard-store';
import { composerStore, composerUrlBinding, resetComposerStore } from '../../src/stores/composer-store';

describe('bindStoreToUrl', () => {
	let unbind: (() => void) | undefined;
	beforeEach(() => window.history.replaceState(null, '', '/wizard/'));
	afterEach(() => {
		unbind?.();
		unbind = undefined;
		resetWizardStore();
		resetComposerStore();
	});

	it('reads the link and rewrites it in canonical form, without a new history entry', () => {
		window.history.replaceState(null, '', '/wizard/?RUNTIME=script&accounts=own&x=1#result');
		const before = window.history.length;
		unbind = bindStoreToUrl(wizardStore, wizardUrlBinding);
		expect(wizardStore.getState().answers).toEqual({ accounts: 'own', runtime: 'script' });
		expect(wizardStore.getState().notices.map((n) => n.code)).toEqual(['unknown_param']);
		expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/wizard/?accounts=own&runtime=script#result');
		expect(window.history.length).toBe(before);
	});

	it('pushes a history entry per wizard answer, so back undoes it', () => {
		unbind = bindStoreToUrl(wizardStore, wizardUrlBinding);
		const before = window.history.length;
		wizardStore.getState().setAnswer('accounts', 'own');
		expect(window.location.search).toBe('?accounts=own');
		expect(window.history.length).toBe(before + 1);
		wizardStore.getState().setAnswer('accounts', 'own');
		expect(window.history.length).toBe(before + 1);
	});

	it('replaces the entry for the composer, and never writes when the link would not change', () => {
		window.history.replaceState(null, '', '/scopes/');
		unbind = bindStoreToUrl(composerStore, composerUrlBinding);
		const before = window.history.length;
		composerStore.getState().setInput('ZohoCRM.users.READ');
		expect(window.location.search).toBe('?s=ZohoCRM.users.READ');
		composerStore.getState().setMode('broad');
		expect(window.history.length).toBe(before);
	});

	it('follows back and forward', () => {
		unbind = bindStoreToUrl(wizardStore, wizardUrlBinding);
		window.history.pushState(null, '', '/wizard/?runtime=device');
		window.dispatchEvent(new PopStateEvent('popstate'));
		expect(wizardStore.getState().answers).toEqual({ runtime: 'device' });
	});

	it('stops after unbinding', () => {
		unbind = bindStoreToUrl(wizardStore, wizardUrlBinding);
		unbind();
		unbind = undefined;
		wizardStore.getState().setAnswer('webui', 'yes');
		expect(window.location.search).toBe('');
	});
});

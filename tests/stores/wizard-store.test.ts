import { beforeEach, describe, expect, it } from 'vitest';
import { resetWizardStore, wizardStore, wizardUrlBinding } from '../../src/stores/wizard-store';

beforeEach(() => resetWizardStore());

describe('wizardStore', () => {
	it('keeps answers in canonical order and drops invalid ones', () => {
		const s = wizardStore.getState();
		s.setAnswer('redirect', 'no');
		s.setAnswer('accounts', 'own');
		expect(Object.keys(wizardStore.getState().answers)).toEqual(['accounts', 'redirect']);
	});
	it('loads a tampered query with notices and without throwing', async () => {
		const codec = await ('codec' in wizardUrlBinding ? wizardUrlBinding.codec() : wizardUrlBinding);
		codec.fromQuery('?accounts=own&runtime=%E0%A4%A&x=<b>');
		const { answers, notices } = wizardStore.getState();
		expect(answers).toEqual({ accounts: 'own' });
		expect(notices.map((n) => n.code).sort()).toEqual(['bad_encoding', 'unknown_param']);
	});
	it('resets', () => {
		wizardStore.getState().setAnswer('runtime', 'device');
		wizardStore.getState().reset();
		expect(wizardStore.getState().answers).toEqual({});
	});
});

// @vitest-environment jsdom
// One parse per keystroke: the composer resolves each distinct token of the input once per change,
// whatever it shows (problems, minimal string, explanations, risks).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import ScopeComposer from '../../src/islands/ScopeComposer';
import { resetCatalogCache } from '../../src/islands/composer/use-catalog';
import { compactCatalog } from '../../src/lib/scopes/compact';
import { resolveScopeText } from '../../src/lib/scopes/resolve';
import { resetComposerStore } from '../../src/stores/composer-store';
import { loadContent } from '../helpers/content';

vi.mock('../../src/lib/scopes/resolve', async (original) => {
	const real = await original<typeof import('../../src/lib/scopes/resolve')>();
	return { ...real, resolveScopeText: vi.fn(real.resolveScopeText) };
});

const catalog = compactCatalog(loadContent());

beforeEach(() => {
	resetComposerStore();
	resetCatalogCache();
	vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(catalog), { status: 200 })));
	window.history.replaceState(null, '', '/scopes/');
});
afterEach(() => {
	vi.unstubAllGlobals();
	window.history.replaceState(null, '', '/');
});

it('resolves each distinct token once per change of the input', async () => {
	const user = userEvent.setup();
	render(<ScopeComposer />);
	const box = await screen.findByLabelText(/Scope string/);
	await user.click(box); // the composer's code and data load on first use
	await screen.findByText(/^Empty\./);
	const calls = vi.mocked(resolveScopeText).mock.calls;
	calls.length = 0;
	await user.paste('ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL,ZohoCRM.modules.ALL zohocrm.users.read');
	// 4 tokens, 3 distinct texts: one parse resolves each once (the old pipeline resolved 8 times).
	expect(calls.map((c) => c[0])).toEqual(['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL', 'zohocrm.users.read']);
	calls.length = 0;
	await user.type(box, 'X');
	expect(calls.map((c) => c[0])).toEqual(['ZohoCRM.modules.ALL', 'ZohoCRM.modules.attachments.ALL', 'zohocrm.users.readX']);
	expect(document.querySelector('[data-scope-problem="possibly_redundant"]')?.textContent).toContain('ZohoCRM.modules.attachments.ALL');
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScopeComposer from '../../src/islands/ScopeComposer';
import { compactCatalog } from '../../src/lib/scopes';
import { resetComposerStore } from '../../src/stores/composer-store';
import { resetCatalogCache } from '../../src/islands/composer/use-catalog';
import { loadContent } from '../helpers/content';

const catalog = compactCatalog(loadContent());

beforeEach(() => {
	resetComposerStore();
	resetCatalogCache();
	vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(catalog), { status: 200 })));
});
afterEach(() => {
	vi.unstubAllGlobals();
	window.history.replaceState(null, '', '/');
});

function open(search = '') {
	window.history.replaceState(null, '', `/scopes/${search}`);
	return render(<ScopeComposer />);
}

/** The catalog and tools load on first use: open them as a user would. */
async function openTools(user: ReturnType<typeof userEvent.setup>) {
	await user.click(await screen.findByRole('button', { name: 'Open the catalog and tools' }));
}

describe('ScopeComposer island', () => {
	it('loads nothing before the first use, then the catalog from the site itself', async () => {
		const user = userEvent.setup();
		open();
		await screen.findByRole('heading', { name: 'Check and minimize a scope string' });
		expect(fetch).not.toHaveBeenCalled();
		await user.click(screen.getByLabelText(/Scope string/));
		await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith('/data/composer.json', expect.anything()));
	});

	it('minimizes a pasted string and lists each problem with its token', async () => {
		const user = userEvent.setup();
		const { container } = open();
		const box = await screen.findByLabelText(/Scope string/);
		await user.click(box);
		await user.paste('ZohoCRM.modules.ALL;ZohoCRM.modules.leads.READ,ZohoCRM.coql.REED');
		await vi.waitFor(() => expect(container.querySelector('[data-scope-output]')?.textContent).toBe('ZohoCRM.modules.ALL'));
		const problems = [...container.querySelectorAll('[data-scope-problem]')].map((p) => p.textContent ?? '');
		expect(problems.some((p) => p.includes('REED'))).toBe(true);
		expect(problems.some((p) => p.includes('ZohoCRM.modules.leads.READ'))).toBe(true);
		expect(window.location.search).toBe('?s=ZohoCRM.modules.ALL%3BZohoCRM.modules.leads.READ,ZohoCRM.coql.REED');
	});

	it('shows no problem for a clean shared link', async () => {
		const { container } = open('?s=ZohoCRM.users.READ,ZohoCRM.org.READ');
		await vi.waitFor(() => expect(container.querySelector('[data-scope-output]')?.textContent).toBe('ZohoCRM.org.READ,ZohoCRM.users.READ'));
		expect(container.querySelectorAll('[data-scope-problem]')).toHaveLength(0);
	});

	it('offers only the operations a scope takes', async () => {
		const user = userEvent.setup();
		open();
		await openTools(user);
		await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'coql');
		expect(screen.getByRole('button', { name: 'Add ZohoCRM.coql.READ' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Add ZohoCRM.coql.ALL' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Add ZohoCRM.coql.READ' }));
		expect(screen.getByLabelText(/Scope string/)).toHaveValue('ZohoCRM.coql.READ');
	});

	it('loads the endpoint catalog only when the picker is used, then picks across services', async () => {
		const user = userEvent.setup();
		const { container } = open();
		await openTools(user);
		await screen.findByRole('searchbox', { name: 'Search' });
		expect(fetch).not.toHaveBeenCalledWith('/data/endpoints.json', expect.anything());
		await user.click(screen.getByRole('searchbox', { name: 'Find endpoints' }));
		expect(fetch).toHaveBeenCalledWith('/data/endpoints.json', expect.anything());
		await user.type(screen.getByRole('searchbox', { name: 'Find endpoints' }), 'get tickets');
		await user.click(await screen.findByRole('checkbox', { name: 'GET /api/v1/tickets — Get Tickets' }));
		await user.clear(screen.getByRole('searchbox', { name: 'Find endpoints' }));
		await user.type(screen.getByRole('searchbox', { name: 'Find endpoints' }), 'books list invoices');
		await user.click(await screen.findByRole('checkbox', { name: 'GET /books/v3/invoices — List invoices' }));
		expect(container.querySelector('[data-endpoint-scopes]')?.textContent).toBe('ZohoBooks.invoices.READ,Desk.tickets.READ');
		const desk = container.querySelector('[data-service-needs="Desk"]');
		expect(desk?.querySelector('[data-api-base]')?.textContent).toBe('https://desk.zoho.com');
		expect(desk?.querySelector('[data-required-id="orgId"]')?.textContent).toContain('header');
		const books = container.querySelector('[data-service-needs="ZohoBooks"]');
		expect(books?.querySelector('[data-required-id="organization_id"]')?.textContent).toContain('GET /books/v3/organizations');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'eu');
		expect(desk?.querySelector('[data-api-base]')?.textContent).toBe('https://desk.zoho.eu');
	});

	it('says so when the catalog cannot load', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 500 })));
		open();
		await openTools(userEvent.setup());
		expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
	});
});

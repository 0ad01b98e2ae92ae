// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Troubleshooter from '../../src/islands/Troubleshooter';
import { ReviewPanel } from '../../src/islands/composer/ReviewPanel';
import { resetCatalogCache } from '../../src/islands/composer/use-catalog';
import { resetTroubleshootEngine } from '../../src/islands/troubleshoot/live';
import { compactCatalog } from '../../src/lib/scopes';
import { resetTroubleshootStore } from '../../src/stores/troubleshoot-store';
import { toTroubleshootData, type TroubleshootDataFile } from '../../src/lib/troubleshoot';
import { content, ctx, index } from '../lib/troubleshoot/data';

const catalog = compactCatalog(content);
const file: TroubleshootDataFile = { data: toTroubleshootData(content), names: ctx };
const dataCenters = content.dataCenters.map((d) => ({ id: d.id, name: d.name }));
const TOKEN = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';

/** The island's files, served from memory; `fail` answers /data/troubleshoot.json with a 503. */
function serve(fail = { troubleshoot: false }) {
	const fetch = vi.fn(async (url: string) => {
		if (url.endsWith('troubleshoot.json')) return fail.troubleshoot ? new Response('', { status: 503 }) : new Response(JSON.stringify(file), { status: 200 });
		return new Response(JSON.stringify(catalog), { status: 200 });
	});
	vi.stubGlobal('fetch', fetch);
	return fetch;
}
const fetched = (fetch: ReturnType<typeof serve>) => fetch.mock.calls.map(([url]) => url.replace(/.*\//, '')).sort();

beforeEach(() => {
	resetTroubleshootStore();
	resetTroubleshootEngine();
	resetCatalogCache();
	localStorage.clear();
});
afterEach(() => {
	vi.unstubAllGlobals();
	window.history.replaceState(null, '', '/');
});

async function open(search = '') {
	window.history.replaceState(null, '', `/troubleshoot/${search}`);
	const r = render(<Troubleshooter dataCenters={dataCenters} />);
	await vi.waitFor(() => expect(r.container.querySelector('[data-hydrated]')).not.toBeNull());
	return r;
}

/** The top cause, once the engine (loaded on first use) has ranked one. */
const topCause = (container: HTMLElement) =>
	vi.waitFor(() => {
		const top = container.querySelector('[data-cause]');
		expect(top).not.toBeNull();
		return top!;
	});

describe('Troubleshooter island', () => {
	it('loads nothing before the form is used; the first focus loads the data and the catalog', async () => {
		const fetch = serve();
		const user = userEvent.setup();
		const { container } = await open();
		expect(fetch).not.toHaveBeenCalled();
		expect(container.querySelector('.ts-results')).toHaveTextContent('Paste something above');
		await user.click(screen.getByLabelText('Error code'));
		await vi.waitFor(() => expect(fetched(fetch)).toEqual(['composer.json', 'endpoints.json', 'troubleshoot.json']));
		await user.type(screen.getByLabelText('Error code'), 'INVALID_OAUTHTOKEN');
		expect((await topCause(container)).getAttribute('data-cause')).toBe('access-token-expired');
	});

	it('a shared link pre-fills the fields and ranks the scope mismatch first with the lacking scope, without a click', async () => {
		serve();
		const { container } = await open('?error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&s=ZohoCRM.users.READ&dc=eu');
		// data-hydrated is set once the link's diagnosis shows.
		expect(screen.getByLabelText('Error code')).toHaveValue('OAUTH_SCOPE_MISMATCH');
		const first = container.querySelector('[data-cause]');
		expect(first?.getAttribute('data-cause')).toBe('scope-mismatch');
		expect(first?.querySelector('[data-lacking]')?.textContent).toContain('ZohoCRM.modules.leads.READ');
		expect(container.querySelector('.ts-results')).toHaveAttribute('data-live');
	});

	it('a pasted token is warned about and never reaches the URL or storage', async () => {
		serve();
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste(`curl https://www.zohoapis.com/crm/v8/Leads -H "Authorization: Zoho-oauthtoken ${TOKEN}"\n{"code":"INVALID_OAUTHTOKEN"}`);
		expect(await screen.findByRole('alert')).toHaveTextContent('secret');
		expect((await topCause(container)).getAttribute('data-cause')).toBe('access-token-expired');
		expect(window.location.href).not.toContain('8f3a1c2b');
		expect(container.querySelector('[data-share-url]')?.textContent).not.toContain('8f3a1c2b');
		expect(JSON.stringify({ ...localStorage })).not.toContain('8f3a1c2b');
		await user.click(screen.getByRole('button', { name: /Replace the secrets/ }));
		expect(screen.getByLabelText(/Paste the error/)).not.toHaveValue(expect.stringContaining('8f3a1c2b'));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('editing a field updates the link in place with only safe parts', async () => {
		serve();
		const user = userEvent.setup();
		await open();
		await user.type(screen.getByLabelText('Error code'), 'NO_PERMISSION');
		await vi.waitFor(() => expect(window.location.search).toBe('?error=NO_PERMISSION'));
		await user.selectOptions(screen.getByLabelText('Data center of the account'), 'in');
		await vi.waitFor(() => expect(window.location.search).toBe('?error=NO_PERMISSION&dc=in'));
	});

	it('an unknown error is "not recognised", with general checks and what would help', async () => {
		serve();
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste('{"code":"BRAND_NEW_ERROR"}');
		expect((await topCause(container)).getAttribute('data-cause')).toBe('not-recognised');
		expect(container.querySelector('[data-not-recognised]')).not.toBeNull();
		expect([...container.querySelectorAll('[data-missing]')].map((e) => e.getAttribute('data-missing'))).toEqual(['response', 'endpoint', 'dc']);
	});

	it('a pasted stack trace shows each cause with the lines that support it, as text', async () => {
		serve();
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste(
			'Exception in thread "main" com.zoho.crm.api.exception.SDKException. Caused by : INVALID TOKEN ERROR - invalid_code\n\tat com.zoho.api.authenticator.OAuthToken.refreshAccessToken(OAuthToken.java:441)\nINFO: Access Token has expired. Hence refreshing.',
		);
		const top = await topCause(container);
		expect(top.getAttribute('data-cause')).toBe('refresh-token-revoked');
		const lines = [...top.querySelectorAll('[data-evidence-line]')].map((e) => e.textContent);
		expect(lines.some((l) => l?.includes('line 1') && l.includes('INVALID TOKEN ERROR - invalid_code'))).toBe(true);
		expect(lines.some((l) => l?.includes('line 3') && l.includes('Hence refreshing'))).toBe(true);
		expect(top.querySelector('script, img')).toBeNull();
	});

	it('a tampered link shows notices as text', async () => {
		serve();
		const { container } = await open('?error=%3Cimg%20src%3Dx%3E&foo=bar&dc=mars');
		expect(container.querySelector('[data-url-notices]')?.textContent).toContain('foo');
		expect(container.querySelector('img')).toBeNull();
	});

	it('says so when the diagnosis cannot be loaded, and tries again on request', async () => {
		const fail = { troubleshoot: true };
		serve(fail);
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste('{"code":"INVALID_OAUTHTOKEN"}');
		expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
		fail.troubleshoot = false;
		await user.click(screen.getByRole('button', { name: 'Try again' }));
		expect((await topCause(container)).getAttribute('data-cause')).toBe('access-token-expired');
	});
});

describe('ReviewPanel', () => {
	it('explains a widening, asks for re-authorization and flags the broad scope', async () => {
		const user = userEvent.setup();
		const { container } = render(<ReviewPanel catalog={{ index, endpoints: catalog.endpoints, dataCenters: catalog.dataCenters }} />);
		await user.type(screen.getByLabelText(/Before/), 'ZohoCRM.modules.leads.READ');
		await user.type(screen.getByLabelText(/After/), 'ZohoCRM.modules.ALL,ZohoCRM.org.READ');
		expect(container.querySelector('[data-review-reauthorize]')?.getAttribute('data-review-reauthorize')).toBe('yes');
		expect(container.querySelector('[data-review-change="widened"]')?.textContent).toContain('ZohoCRM.modules.ALL');
		expect(container.querySelector('[data-review-change="added"]')?.textContent).toContain('ZohoCRM.org.READ');
		expect(container.querySelector('[data-review-flag="ZohoCRM.modules.ALL"]')).not.toBeNull();
	});
	it('a narrowing needs no new consent', async () => {
		const user = userEvent.setup();
		const { container } = render(<ReviewPanel catalog={{ index, endpoints: catalog.endpoints, dataCenters: catalog.dataCenters }} />);
		await user.type(screen.getByLabelText(/Before/), 'ZohoCRM.modules.ALL');
		await user.type(screen.getByLabelText(/After/), 'ZohoCRM.modules.deals.READ');
		expect(container.querySelector('[data-review-reauthorize]')?.getAttribute('data-review-reauthorize')).toBe('no');
		expect(container.querySelector('[data-review-change="narrowed"]')).not.toBeNull();
	});
});

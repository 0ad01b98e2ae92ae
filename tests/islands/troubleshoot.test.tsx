// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Troubleshooter from '../../src/islands/Troubleshooter';
import { ReviewPanel } from '../../src/islands/composer/ReviewPanel';
import { resetCatalogCache } from '../../src/islands/composer/use-catalog';
import { compactCatalog } from '../../src/lib/scopes';
import { resetTroubleshootStore } from '../../src/stores/troubleshoot-store';
import { toTroubleshootData } from '../../src/lib/troubleshoot';
import { content, ctx, index } from '../lib/troubleshoot/data';

const catalog = compactCatalog(content);
const props = { data: toTroubleshootData(content), names: ctx };
const TOKEN = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';

beforeEach(() => {
	resetTroubleshootStore();
	resetCatalogCache();
	localStorage.clear();
	vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(catalog), { status: 200 })));
});
afterEach(() => {
	vi.unstubAllGlobals();
	window.history.replaceState(null, '', '/');
});

async function open(search = '') {
	window.history.replaceState(null, '', `/troubleshoot/${search}`);
	const r = render(<Troubleshooter {...props} />);
	await vi.waitFor(() => expect(r.container.querySelector('[data-hydrated]')).not.toBeNull());
	return r;
}

describe('Troubleshooter island', () => {
	it('a shared link pre-fills the fields and ranks the scope mismatch first with the lacking scope', async () => {
		const { container } = await open('?error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&s=ZohoCRM.users.READ&dc=eu');
		expect(screen.getByLabelText('Error code')).toHaveValue('OAUTH_SCOPE_MISMATCH');
		const first = container.querySelector('[data-cause]');
		expect(first?.getAttribute('data-cause')).toBe('scope-mismatch');
		expect(first?.querySelector('[data-lacking]')?.textContent).toContain('ZohoCRM.modules.leads.READ');
	});

	it('a pasted token is warned about and never reaches the URL or storage', async () => {
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste(`curl https://www.zohoapis.com/crm/v8/Leads -H "Authorization: Zoho-oauthtoken ${TOKEN}"\n{"code":"INVALID_OAUTHTOKEN"}`);
		expect(screen.getByRole('alert')).toHaveTextContent('secret');
		expect(container.querySelector('[data-cause]')?.getAttribute('data-cause')).toBe('access-token-expired');
		expect(window.location.href).not.toContain('8f3a1c2b');
		expect(container.querySelector('[data-share-url]')?.textContent).not.toContain('8f3a1c2b');
		expect(JSON.stringify({ ...localStorage })).not.toContain('8f3a1c2b');
		await user.click(screen.getByRole('button', { name: /Replace the secrets/ }));
		expect(screen.getByLabelText(/Paste the error/)).not.toHaveValue(expect.stringContaining('8f3a1c2b'));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('editing a field updates the link in place with only safe parts', async () => {
		const user = userEvent.setup();
		await open();
		await user.type(screen.getByLabelText('Error code'), 'NO_PERMISSION');
		expect(window.location.search).toBe('?error=NO_PERMISSION');
		await user.selectOptions(screen.getByLabelText('Data center of the account'), 'in');
		expect(window.location.search).toBe('?error=NO_PERMISSION&dc=in');
	});

	it('an unknown error is "not recognised", with general checks and what would help', async () => {
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste('{"code":"BRAND_NEW_ERROR"}');
		expect(container.querySelector('[data-not-recognised]')).not.toBeNull();
		expect([...container.querySelectorAll('[data-missing]')].map((e) => e.getAttribute('data-missing'))).toEqual(['response', 'endpoint', 'dc']);
		expect(container.querySelector('[data-cause]')?.getAttribute('data-cause')).toBe('not-recognised');
	});

	it('a pasted stack trace shows each cause with the lines that support it, as text', async () => {
		const user = userEvent.setup();
		const { container } = await open();
		await user.click(screen.getByLabelText(/Paste the error/));
		await user.paste(
			'Exception in thread "main" com.zoho.crm.api.exception.SDKException. Caused by : INVALID TOKEN ERROR - invalid_code\n\tat com.zoho.api.authenticator.OAuthToken.refreshAccessToken(OAuthToken.java:441)\nINFO: Access Token has expired. Hence refreshing.',
		);
		const top = container.querySelector('[data-cause]')!;
		expect(top.getAttribute('data-cause')).toBe('refresh-token-revoked');
		const lines = [...top.querySelectorAll('[data-evidence-line]')].map((e) => e.textContent);
		expect(lines.some((l) => l?.includes('line 1') && l.includes('INVALID TOKEN ERROR - invalid_code'))).toBe(true);
		expect(lines.some((l) => l?.includes('line 3') && l.includes('Hence refreshing'))).toBe(true);
		expect(top.querySelector('script, img')).toBeNull();
	});

	it('a tampered link shows notices as text', async () => {
		const { container } = await open('?error=%3Cimg%20src%3Dx%3E&foo=bar&dc=mars');
		expect(container.querySelector('[data-url-notices]')?.textContent).toContain('foo');
		expect(container.querySelector('img')).toBeNull();
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

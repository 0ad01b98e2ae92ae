import type { Page } from '@playwright/test';
import { escapeRe, expect, test } from './fixtures';

/** Waits until the island has read the URL (and, for a link with fields, shows its diagnosis). */
const live = (page: Page) => expect(page.locator('[data-hydrated]')).toBeAttached();
const TOKEN = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const paste = (page: Page) => page.getByLabel(/Paste the error/);

test.describe('troubleshooter', () => {
	test('a pasted OAUTH_SCOPE_MISMATCH with endpoint and scopes: scope mismatch first, the lacking scope named', async ({ page, base }) => {
		await page.goto('troubleshoot/');
		await live(page);
		await paste(page).fill(
			[
				'curl "https://www.zohoapis.eu/crm/v8/Deals?fields=Deal_Name" -H "Authorization: Zoho-oauthtoken ${ZOHO_ACCESS_TOKEN}"',
				'{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}',
				'scopes: ZohoCRM.users.READ,ZohoCRM.org.READ',
			].join('\n'),
		);
		const top = page.locator('[data-cause]').first();
		await expect(top).toHaveAttribute('data-cause', 'scope-mismatch');
		await expect(top.locator('[data-lacking]')).toContainText('ZohoCRM.modules.deals.READ');
		await expect(top.locator('[data-scope-check]')).toContainText('GET /crm/v8/Deals');
		await expect(top.getByRole('link', { name: /scope composer/ })).toHaveAttribute('href', /ZohoCRM\.modules\.deals\.READ/);
		await expect(top.getByRole('link', { name: /^Server-based:/ })).toHaveAttribute('href', new RegExp(`^${escapeRe(base)}checklist/\\?type=server-based&dc=eu&s=.*#grant-authorization-url$`));
		// The paste never goes into the address bar.
		expect(new URL(page.url()).search).toBe('');
	});

	test('a pasted Java stack trace: the cause its lines support, each line shown as text', async ({ page }) => {
		await page.goto('troubleshoot/');
		await live(page);
		await paste(page).fill(
			[
				'Exception in thread "main" com.zoho.crm.api.exception.SDKException. Caused by : INVALID TOKEN ERROR - invalid_code',
				'\tat com.zoho.api.authenticator.OAuthToken.parseResponse(OAuthToken.java:512)',
				'\tat com.zoho.api.authenticator.OAuthToken.refreshAccessToken(OAuthToken.java:441)',
				'\tat com.zoho.crm.api.util.CommonAPIHandler.apiCall(CommonAPIHandler.java:226)',
				'INFO: Access Token has expired. Hence refreshing.',
				`client_secret=9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5 refresh_token=${TOKEN}`,
			].join('\n'),
		);
		const top = page.locator('[data-cause]').first();
		await expect(top).toHaveAttribute('data-cause', 'refresh-token-revoked');
		await expect(top.locator('[data-evidence-line]').filter({ hasText: 'line 1' })).toContainText('INVALID TOKEN ERROR - invalid_code');
		await expect(top.locator('[data-evidence-line]').filter({ hasText: 'line 5' })).toContainText('Hence refreshing');
		await expect(page.locator('[data-secret-warning]').first()).toBeVisible();
		await expect(page.locator('.ts-results')).not.toContainText('9f8e7d6c');
		await expect(page.locator('.ts-results')).not.toContainText('8f3a1c2b');
		expect(new URL(page.url()).search).toBe('');
		await expect(page.locator('[data-share-url]')).toContainText('error=invalid_code');
	});

	test('a link with only an error and a DC ranks by both; nothing recognised says what would help', async ({ page }) => {
		await page.goto('troubleshoot/?error=INVALID_OAUTHTOKEN&dc=eu');
		await live(page);
		const ids = await page.locator('[data-cause]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')));
		expect(ids.slice(0, 2)).toEqual(['access-token-expired', 'api-domain-mismatch']);
		await paste(page).fill('{"code":"SOMETHING_NEW"}');
		await page.getByLabel('Error code').fill('');
		await expect(page.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'not-recognised');
		await expect(page.locator('[data-missing]')).toHaveText([/full response/, /endpoint/]);
	});

	test('a pre-filled link shows the diagnosis', async ({ page }) => {
		await page.goto('troubleshoot/?error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&s=ZohoCRM.users.READ&dc=eu');
		await live(page);
		await expect(page.getByLabel('Error code')).toHaveValue('OAUTH_SCOPE_MISMATCH');
		await expect(page.getByLabel('Endpoint called')).toHaveValue('GET /crm/v8/Leads');
		await expect(page.getByLabel('Data center of the account')).toHaveValue('eu');
		await expect(page.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'scope-mismatch');
		await expect(page.locator('[data-cause]').first().locator('[data-lacking]')).toContainText('ZohoCRM.modules.leads.READ');
		await expect(page.locator('[data-url-notices]')).toHaveCount(0);
	});

	test('a tampered link is shown as text and its bad parts ignored', async ({ page }) => {
		let dialog = false;
		page.on('dialog', () => (dialog = true));
		await page.goto(`troubleshoot/?error=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&dc=mars&x=%3Cscript%3E&s=${TOKEN}&error=again`);
		await live(page);
		const notices = page.locator('[data-url-notices]');
		await expect(notices).toContainText('dc=mars');
		await expect(notices).toContainText('looked like a token or secret');
		await expect(notices).not.toContainText('8f3a1c2b');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		// The invalid `error` is ignored with a notice; the first valid one (`again`) is used.
		await expect(notices).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.getByLabel('Error code')).toHaveValue('again');
		expect(page.url()).not.toContain('8f3a1c2b');
		expect(dialog).toBe(false);
	});

	test('a pasted token triggers the warning and never reaches the URL or storage', async ({ page }) => {
		await page.goto('troubleshoot/?error=INVALID_OAUTHTOKEN');
		await live(page);
		await paste(page).fill(`{"access_token":"${TOKEN}","api_domain":"https://www.zohoapis.com","token_type":"Bearer","expires_in":3600}`);
		await expect(page.locator('[data-secret-warning]').first()).toContainText('secret');
		await expect(page.locator('[data-cause="no-refresh-token"]')).toBeVisible();
		await page.getByLabel('Scopes the token was made with').fill('ZohoCRM.users.READ');
		await expect(page).toHaveURL(/\?error=INVALID_OAUTHTOKEN&s=ZohoCRM\.users\.READ$/);
		expect(page.url()).not.toContain('8f3a1c2b');
		await expect(page.locator('[data-share-url]')).not.toContainText('8f3a1c2b');
		const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
		expect(stored).not.toContain('8f3a1c2b');
		await page.getByRole('button', { name: /Replace the secrets/ }).click();
		await expect(paste(page)).not.toHaveValue(/8f3a1c2b/);
		await expect(page.locator('[data-secret-warning]')).toHaveCount(0);
	});

	test('keyboard only: paste, fill the details, reach the fix link', async ({ page, base }) => {
		await page.goto('troubleshoot/');
		await live(page);
		await paste(page).focus();
		await page.keyboard.insertText('{"error":"invalid_client"}');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Error code')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Endpoint called')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Scopes the token was made with')).toBeFocused();
		await page.keyboard.press('Tab');
		const dc = page.getByLabel('Data center of the account');
		await expect(dc).toBeFocused();
		await dc.selectOption('eu'); // the native select is driven by keyboard in real use; Playwright selects the option
		await expect(page).toHaveURL(/\?dc=eu$/);
		await expect(page.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'wrong-data-center');
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
			if (href.startsWith(`${base}checklist/`)) {
				expect(href).toMatch(/dc=eu/);
				await page.keyboard.press('Enter');
				await expect(page).toHaveURL(/\/checklist\/\?type=.*dc=eu.*#/);
				return;
			}
		}
		throw new Error('no checklist link reached by Tab');
	});

	test('without JavaScript, every known cause and its fix is on the page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('troubleshoot/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troubleshoot a Zoho OAuth error');
		await expect(page.locator('[data-known-cause="scope-mismatch"]')).toContainText('OAUTH_SCOPE_MISMATCH');
		await expect(page.locator('[data-known-cause="wrong-data-center"]')).toContainText('invalid_client');
		await expect(page.locator('[data-known-cause]')).toHaveCount(25);
		await expect(page.locator('[data-known-cause="legacy-authtoken-api"]')).toContainText('4834');
		await context.close();
	});
});

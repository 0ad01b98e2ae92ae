import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';

const EU_SELF = 'checklist/?type=self-client&dc=eu&s=ZohoCRM.modules.ALL&lang=java';
const PROGRESS_KEY = 'zoho-guide:checklist';

/** Waits until the island has read the URL and the saved progress. */
const live = (page: Page) => expect(page.locator('.checklist[data-hydrated]')).toBeAttached();

/** Collects console errors and uncaught exceptions; assert on the list at the end of a test. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** The summary value next to a label. */
const summary = (page: Page, label: string) => page.locator('.cl-facts > div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');

test.describe('setup checklist', () => {
	test('a filled link shows the EU accounts server, API domain and the scope string in its steps', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(EU_SELF);
		await live(page);
		await expect(summary(page, 'Accounts server')).toHaveText('https://accounts.zoho.eu');
		await expect(summary(page, 'API domain')).toHaveText('https://www.zohoapis.eu');
		await expect(summary(page, 'Scopes')).toHaveText('ZohoCRM.modules.ALL');
		await expect(page.getByRole('radio', { name: 'Self Client' })).toBeChecked();
		await expect(page.getByRole('combobox', { name: 'Data center' })).toHaveValue('eu');
		await expect(page.getByRole('heading', { level: 2, name: 'Get the grant' })).toBeVisible();
		await expect(page.locator('#grant-self-client-code')).toContainText('ZohoCRM.modules.ALL');
		await expect(page.locator('#exchange-self-client-code pre code').first()).toContainText('curl -X POST "https://accounts.zoho.eu/oauth/v2/token"');
		await expect(page.locator('#call-api pre code').first()).toContainText('https://www.zohoapis.eu/crm/');
		await expect(page.locator('#call-api').getByRole('link', { name: /Link to the step/ })).toHaveAttribute('href', '#call-api');
		await expect(page).toHaveURL(new RegExp(`${EU_SELF.replace(/[?.]/g, '\\$&')}$`));
		expect(errors).toEqual([]);
	});

	test('lang=typescript shows a complete TypeScript setup for a Self Client in the EU', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('checklist/?type=self-client&dc=eu&lang=typescript');
		await live(page);
		await expect(page.getByRole('combobox', { name: 'SDK language' })).toHaveValue('typescript');
		await expect(summary(page, 'SDK')).toContainText('Zoho CRM TypeScript SDK 8.0');
		await expect(summary(page, 'SDK')).toContainText('npm install @zohocrm/typescript-sdk-8.0');
		const init = page.locator('#exchange-self-client-code pre code').last();
		await expect(init).toContainText('import * as ZOHOCRMSDK from "@zohocrm/typescript-sdk-8.0";');
		await expect(init).toContainText('import { EUDataCenter } from "@zohocrm/typescript-sdk-8.0";');
		await expect(init).toContainText('.initialize();');
		await expect(page.locator('#refresh-access-token pre code').last()).toContainText('.refreshToken(env("ZOHO_REFRESH_TOKEN"))');
		await expect(page.locator('#store-refresh-token pre code').last()).toContainText('implements ZOHOCRMSDK.TokenStore.TokenStore');
		await expect(page.locator('.checklist')).not.toContainText('{no_');
		await expect(page).toHaveURL(/\?type=self-client&dc=eu&lang=typescript$/);
		expect(errors).toEqual([]);
	});

	test('a mobile (PKCE) app sends client_secret in its exchange and refresh commands', async ({ page }) => {
		await page.goto('checklist/?type=mobile&dc=us&lang=java');
		await live(page);
		for (const step of ['#exchange-code-pkce', '#refresh-access-token-mobile']) {
			const cmd = page.locator(`${step} pre code`).first();
			await expect(cmd).toContainText('curl -X POST "https://accounts.zoho.com/oauth/v2/token"');
			await expect(cmd).toContainText('-d "client_secret=${ZOHO_CLIENT_SECRET}"');
		}
		await expect(page.locator('#exchange-code-pkce pre code').first()).toContainText('code_verifier=');
	});

	test('a data center without an SDK class gets prose and REST commands, never stand-in code', async ({ page }) => {
		await page.goto('checklist/?type=self-client&dc=uk&lang=python');
		await live(page);
		await expect(page.locator('#exchange-self-client-code')).toContainText('The Zoho CRM Python SDK 8.0 has no data-center class for United Kingdom (uk)');
		await expect(page.locator('#exchange-self-client-code pre code').first()).toContainText('curl -X POST "https://accounts.zoho.uk/oauth/v2/token"');
		await expect(page.locator('.checklist')).not.toContainText('{no_');
		await expect(page.locator('.checklist')).not.toContainText('UKDataCenter');
	});

	test('changing the data center updates the servers and the URL in place', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		const before = await page.evaluate(() => history.length);
		await page.getByRole('combobox', { name: 'Data center' }).selectOption('au');
		await expect(summary(page, 'Accounts server')).toHaveText('https://accounts.zoho.com.au');
		await expect(page).toHaveURL(/\?type=self-client&dc=au&s=ZohoCRM\.modules\.ALL&lang=java$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('a tampered link shows notices and injects nothing', async ({ page }) => {
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		const errors = watchErrors(page);
		await page.goto('checklist/?type=<script>alert(1)</script>&dc=mars&x=1');
		await live(page);
		const notices = page.locator('[data-url-notices]');
		await expect(notices).toBeVisible();
		await expect(notices).toHaveAttribute('role', 'status');
		await expect(notices).toContainText('dc=mars');
		await expect(notices).toContainText('type=<script>alert(1)</script>');
		await expect(notices).toContainText('The link’s x parameter is not one this page uses');
		expect(await page.locator('.checklist script, .checklist img').count()).toBe(0);
		expect(await page.locator('script').evaluateAll((els) => els.filter((e) => e.textContent?.includes('alert(1)')).length)).toBe(0);
		await expect(page.locator('[data-prompt]')).toBeVisible();
		await expect(page).toHaveURL(/\/checklist\/$/);
		expect(dialog).toBe(false);
		expect(errors).toEqual([]);
	});

	test('a tick survives a reload', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		const box = page.getByRole('checkbox', { name: 'Create the Self Client' });
		await box.check();
		await expect(page.getByText(/^1 of \d+ steps done$/)).toBeVisible();
		await page.reload();
		await live(page);
		await expect(page.getByRole('checkbox', { name: 'Create the Self Client' })).toBeChecked();
		await expect(page.getByText(/^1 of \d+ steps done$/)).toBeVisible();
		const saved = await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY);
		expect(JSON.parse(saved ?? '')).toEqual({ version: 1, ticked: { 'self-client:eu:java': ['register-self-client'] } });
	});

	test('corrupted saved progress is reset with a visible notice', async ({ page }) => {
		const errors = watchErrors(page);
		await page.addInitScript((k) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(k, '{"version":1,"ticked":{"self-client:eu:java":[42');
				sessionStorage.setItem('seeded', '1');
			}
		}, PROGRESS_KEY);
		await page.goto(EU_SELF);
		await live(page);
		const notice = page.locator('[data-progress-notice="corrupted"]');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveAttribute('role', 'status');
		await expect(notice).toContainText('was reset');
		await expect(page.getByRole('checkbox', { name: 'Create the Self Client' })).not.toBeChecked();
		// The damaged record was replaced: the next visit has no notice.
		await page.reload();
		await live(page);
		await expect(page.locator('[data-progress-notice]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('Markdown download has the ticked step as `- [x]`', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		await page.getByRole('checkbox', { name: 'Create the Self Client' }).check();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
		expect(download.suggestedFilename()).toBe('zoho-oauth-checklist-self-client-eu-java.md');
		const md = await readFile((await download.path()) as string, 'utf8');
		expect(md).toContain('# Zoho OAuth setup: Self Client client, Europe data center');
		expect(md).toContain('- [x] **Create the Self Client**');
		expect(md).toContain('https://accounts.zoho.eu');
		expect(md).toContain('ZohoCRM.modules.ALL');
		await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
	});

	test('the .env template carries the DC and scopes and never a secret value', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		await page.getByLabel(/Client ID/).fill('1000.ABCDEF123456');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .env template' }).click()]);
		expect(download.suggestedFilename()).toBe('zoho-oauth.env');
		const env = await readFile((await download.path()) as string, 'utf8');
		expect(env).toMatch(/^ZOHO_ACCOUNTS_SERVER=https:\/\/accounts\.zoho\.eu$/m);
		expect(env).toMatch(/^ZOHO_API_DOMAIN=https:\/\/www\.zohoapis\.eu$/m);
		expect(env).toMatch(/^ZOHO_SCOPES=ZohoCRM\.modules\.ALL/m);
		expect(env).toMatch(/^ZOHO_CLIENT_ID=1000\.ABCDEF123456$/m);
		expect(env).toMatch(/^ZOHO_CLIENT_SECRET=$/m);
	});

	test('SDK code is highlighted at build time and filled with the choices', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		const code = page.locator('[data-sdk-code] pre').first();
		await expect(code).toContainText('EUDataCenter.PRODUCTION');
		expect(await code.locator('span[class^="hl-"]').count()).toBeGreaterThan(20);
		await page.getByLabel(/Client ID/).fill('1000.HIGHLIGHT42');
		await expect(code).toContainText('"1000.HIGHLIGHT42"');
		expect(await code.locator('span[class^="hl-"]').count()).toBeGreaterThan(20);
	});

	test('keyboard only: Tab to a step checkbox and Space ticks it', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		const box = page.getByRole('checkbox', { name: 'Create the Self Client' });
		// Start from the last control before the steps and tab forward until the checkbox has focus.
		await page.getByRole('button', { name: 'Print' }).focus();
		for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(box).toBeFocused();
		await page.keyboard.press('Space');
		await expect(box).toBeChecked();
		await page.keyboard.press('Space');
		await expect(box).not.toBeChecked();
	});

	test('the client ID fills commands and stays out of the URL', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		await page.getByRole('textbox', { name: 'Client ID (optional)' }).fill('1000.E2ECLIENTID');
		await expect(page.locator('#exchange-self-client-code pre code').first()).toContainText('client_id=1000.E2ECLIENTID');
		await page.getByRole('textbox', { name: 'Scopes' }).press('Enter');
		await page.getByRole('combobox', { name: 'SDK language' }).selectOption('python');
		expect(page.url()).not.toContain('E2ECLIENTID');
		await expect(page).toHaveURL(/lang=python$/);
	});

	test('a link to a step scrolls to it', async ({ page }) => {
		await page.goto(`${EU_SELF}#call-api`);
		await live(page);
		await expect(page.locator('#call-api')).toBeInViewport();
	});

	test('without JavaScript the page offers links to each client type', async ({ browser, base, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('checklist/');
		await expect(page.getByRole('heading', { level: 1, name: 'Setup checklist' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Server-based' })).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Checklists by client type' });
		await expect(nav.getByRole('link', { name: 'Self Client checklist' })).toHaveAttribute('href', `${base}checklist/?type=self-client`);
		await expect(nav.getByRole('link')).toHaveCount(10);
		await context.close();
	});

	test('has no detectable accessibility violations, light and dark, at 360 px', async ({ page }) => {
		test.slow(); // two axe runs over the whole checklist
		await page.setViewportSize({ width: 360, height: 800 });
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(EU_SELF);
			await live(page);
			const result = await new AxeBuilder({ page }).include('main').analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), scheme).toEqual([]);
			// Nothing but <pre> blocks scrolls sideways.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		}
	});

	test('prints the checklist without controls', async ({ page }) => {
		await page.goto(EU_SELF);
		await live(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.cl-form')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeHidden();
		await expect(page.locator('#call-api pre').first()).toBeVisible();
		expect(await page.locator('#call-api pre').first().evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
	});
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Waits until the island has read the URL (and loaded its data). */
const live = (page: Page) => expect(page.locator('[data-hydrated]')).toBeAttached();

test.describe('decision wizard', () => {
	test('a complete run with the keyboard alone ends at Self Client for a back-end sync of your own org', async ({ page }) => {
		await page.goto('wizard/');
		await live(page);
		// Move focus into the first radio group and answer each question with arrows + Tab.
		const first = page.getByRole('radio', { name: /Only my own/ });
		await first.focus();
		await page.keyboard.press('Space');
		await expect(first).toBeChecked();
		await page.keyboard.press('Tab'); // to the runtime group
		await page.keyboard.press('ArrowDown'); // server → script
		await expect(page.getByRole('radio', { name: /As a script or scheduled job/ })).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown'); // webui: yes → no
		await expect(page.getByRole('radio', { name: /No web pages/ })).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown'); // redirect: yes → no
		await expect(page.getByRole('radio', { name: /^No, there is no address/ })).toBeChecked();
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'self-client');
		await expect(page).toHaveURL(/\/wizard\/\?accounts=own&runtime=script&webui=no&redirect=no$/);
		await expect(page.getByText('Recommended: Self Client.')).toBeAttached();
	});

	test('a shared link shows that state: many accounts through a browser redirect is Server-based', async ({ page, base }) => {
		await page.goto('wizard/?accounts=others&runtime=server&webui=yes&redirect=yes');
		await live(page);
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'server-based');
		await expect(page.getByRole('radio', { name: /Other people's accounts too/ })).toBeChecked();
		await expect(page.locator('[data-standing="ruled-out"]').first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Its setup checklist' })).toHaveAttribute('href', `${base}checklist/?type=server-based`);
	});

	test('Server-based without web pages is the closest fit, not a clean one, with what the app still needs (JS and no-JS)', async ({ page, browser, baseURL }) => {
		await page.goto('wizard/?accounts=others&runtime=server&webui=no&redirect=yes');
		await live(page);
		const result = page.locator('[data-client-type]');
		await expect(result).toHaveAttribute('data-client-type', 'server-based');
		await expect(result).toHaveAttribute('data-fit', 'with-gaps');
		await expect(result.getByText('Closest fit, not a clean one')).toBeVisible();
		await expect(result.locator('[data-needed-part="consent_page"]')).toContainText('A page that starts consent');
		await expect(result.locator('[data-needed-part="redirect_endpoint"]')).toContainText('The redirect endpoint');

		const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const decide = await noJs.newPage();
		await decide.goto('decide/accounts-others/runtime-server/webui-no/redirect-yes/');
		await expect(decide.locator('[data-client-type]')).toHaveAttribute('data-fit', 'with-gaps');
		await expect(decide.locator('[data-gap="no_web_ui"]')).toContainText('you answered that your app has no web pages');
		await noJs.close();
	});

	test('back and forward step through the answers', async ({ page }) => {
		await page.goto('wizard/');
		await live(page);
		await page.getByRole('radio', { name: /Only in the user's browser/ }).check();
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'client-based');
		await page.getByRole('radio', { name: /In an installed app/ }).check();
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'mobile');
		await page.goBack();
		await expect(page).toHaveURL(/runtime=browser/);
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'client-based');
		await expect(page.getByRole('radio', { name: /Only in the user's browser/ })).toBeChecked();
		await page.goForward();
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'mobile');
	});

	test('a tampered link is ignored with a polite notice and nothing from it becomes HTML', async ({ page }) => {
		let dialog = false;
		page.on('dialog', () => (dialog = true));
		await page.goto('wizard/?runtime=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&accounts=own&accounts=others&evil=%3Cscript%3Ealert(2)%3C%2Fscript%3E&webui=%E0%A4%A');
		await live(page);
		const notices = page.locator('[data-url-notices]');
		await expect(notices).toBeVisible();
		await expect(notices).toHaveAttribute('role', 'status');
		await expect(notices).toContainText('evil');
		await expect(notices).toContainText('runtime');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(await page.locator('script').evaluateAll((els) => els.filter((e) => e.textContent?.includes('alert')).length)).toBe(0);
		await expect(page.getByRole('radio', { name: /Only my own/ })).toBeChecked();
		expect(dialog).toBe(false);
		await expect(page).toHaveURL(/\/wizard\/\?accounts=own$/);
	});

	test('copy link puts the current URL on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('wizard/?accounts=own&runtime=script');
		await live(page);
		await page.getByRole('button', { name: 'Copy link to these answers' }).click();
		await expect(page.getByText('Link copied.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/wizard\/\?accounts=own&runtime=script$/);
	});
});

test.describe('decision tree without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the wizard offers the plain-page path, which ends at a recommendation', async ({ page }) => {
		await page.goto('wizard/');
		await page.getByRole('link', { name: 'Use the step-by-step decision pages' }).click();
		await expect(page).toHaveURL(/\/decide\/$/);
		await page.getByRole('link', { name: /Only my own/ }).click();
		await page.getByRole('link', { name: /As a script or scheduled job/ }).click();
		// Follow answers until a recommendation appears.
		for (let i = 0; i < 3 && (await page.locator('[data-client-type]').count()) === 0; i++) {
			await page.getByRole('link', { name: /^No/ }).first().click();
		}
		await expect(page.locator('[data-client-type]')).toHaveAttribute('data-client-type', 'self-client');
		await expect(page.getByRole('link', { name: 'Interactive wizard with these answers' })).toHaveAttribute('href', /accounts=own&runtime=script/);
	});
});

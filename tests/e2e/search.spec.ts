import { expect, test } from './fixtures';

test.describe('site search (Pagefind index in the static build)', () => {
	test('finds a scope name and a walkthrough, offline', async ({ page, context, base }) => {
		await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
		await page.goto('search/');
		const box = page.getByRole('searchbox', { name: 'Search the guide' });
		await box.fill('ZohoCRM.coql');
		await box.press('Enter');
		await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
		await expect(page.locator(`#search-results a[href="${base}scopes/catalog/"]`)).toBeVisible();
		await box.fill('legacy product');
		await box.press('Enter');
		await expect(page.locator(`#search-results a[href^="${base}walkthroughs/self-client-legacy-product-sync"]`)).toBeVisible();
		await expect(page).toHaveURL(/\?q=legacy%20product$/);
	});

	test('a query in the link runs on load and is shown as text', async ({ page }) => {
		await page.goto('search/?q=%3Cimg%20src%3Dx%3E%20refresh%20token');
		await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('<img src=x> refresh token');
		await expect(page.getByRole('status')).toContainText('results for “<img src=x> refresh token”');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});
});

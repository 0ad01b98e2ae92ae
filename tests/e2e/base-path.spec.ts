// The site served under a base path (`npm run build:base`, served at /guide/ as GitHub Pages would
// serve a project site): every page loads with all its scripts, styles, data and fonts from under
// the base, islands come alive, search finds pages under the base, the 404 page is styled.
import { BASE_SITE } from '../helpers/dist';
import { expect, test } from './fixtures';

const ROUTES = BASE_SITE.listHtmlRoutes().filter((r) => !r.endsWith('404.html'));
const ISLANDS = new Set(['/guide/wizard/', '/guide/scopes/', '/guide/checklist/', '/guide/troubleshoot/']);

test('the base-path build has routes to check', () => {
	expect(ROUTES.length).toBeGreaterThan(30);
	expect(ROUTES.every((r) => r.startsWith('/guide/'))).toBe(true);
});

test.describe('under /guide/', () => {
	for (const route of ROUTES) {
		test(`${route}: every request succeeds and stays under the base`, async ({ page, base }) => {
			const bad: string[] = [];
			page.on('response', (r) => {
				const url = new URL(r.url());
				if (r.status() >= 400) bad.push(`${r.status()} ${url.pathname}`);
				if (!url.pathname.startsWith(base)) bad.push(`outside the base: ${url.pathname}`);
			});
			page.on('pageerror', (e) => bad.push(`page error: ${e.message}`));
			const res = await page.goto(route.slice(base.length));
			expect(res?.status()).toBe(200);
			if (ISLANDS.has(route)) await expect(page.locator('[data-hydrated]')).toBeAttached();
			await page.waitForLoadState('networkidle');
			expect(bad).toEqual([]);
			// The stylesheet applied: the header is laid out by the site's CSS, not the browser default.
			expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).not.toBe('');
		});
	}
});

test('a missing page under the base gets the styled 404 page with links that stay under the base', async ({ page, base }) => {
	const failed: string[] = [];
	page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/no-such-page/') && failed.push(r.url()));
	const res = await page.goto('no-such-page/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('main').getByRole('link', { name: 'home page' })).toHaveAttribute('href', base);
	await expect(page.getByRole('main').getByRole('link', { name: 'search' })).toHaveAttribute('href', `${base}search/`);
	await page.waitForLoadState('networkidle');
	expect(failed).toEqual([]);
});

test('the JSON API and the sitemap are under the base', async ({ request, base }) => {
	const api = await request.get('api/data-centers.json');
	expect(api.status()).toBe(200);
	expect((await api.json()).collection).toBe('data-centers');
	const sitemap = await (await request.get('sitemap-0.xml')).text();
	expect(sitemap).toContain(`https://zoho-oauth-guide.example${base}wizard/`);
});

test('links inside a walkthrough’s own text point under the base', async ({ page, base }) => {
	await page.goto('walkthroughs/server-based-lead-manager/');
	const hrefs = await page.locator('article.story a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(3);
	for (const href of hrefs) expect(href.startsWith(base), href).toBe(true);
});

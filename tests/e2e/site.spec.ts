import { navItems } from '../../src/components/nav';
import { createRoutes } from '../../src/lib/routes';
import { expect, test } from './fixtures';

test('the home page reaches every section from the navigation', async ({ page, base }) => {
	const NAV_ITEMS = navItems(createRoutes(base));
	await page.goto('');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const item of NAV_ITEMS) {
		const link = nav.getByRole('link', { name: item.label, exact: true });
		await expect(link).toHaveAttribute('href', item.href);
	}
	for (const item of NAV_ITEMS) {
		const res = await page.goto(item.href);
		expect(res?.status(), item.href).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: item.label, exact: true })).toHaveAttribute(
			'aria-current',
			'page',
		);
	}
});

test.describe('the header on a phone (360 px)', () => {
	for (const javaScriptEnabled of [true, false]) {
		test(`is at most 120 px tall and reaches every section with one tap, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser, base, baseURL }) => {
			const NAV_ITEMS = navItems(createRoutes(base));
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, baseURL: baseURL! });
			const page = await context.newPage();
			for (const from of ['', 'walkthroughs/', 'checklist/']) {
				await page.goto(from);
				const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
				expect(height, `header height on ${from}`).toBeLessThanOrEqual(120);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), from).toBeLessThanOrEqual(360);
				const nav = page.getByRole('navigation', { name: 'Main' });
				for (const item of NAV_ITEMS) {
					const link = nav.getByRole('link', { name: item.label, exact: true });
					await link.scrollIntoViewIfNeeded();
					// Once scrolled to, the link is whole on screen and nothing covers it.
					const box = (await link.boundingBox())!;
					expect(box.x, `${item.label} on ${from}`).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, `${item.label} on ${from}`).toBeLessThanOrEqual(360);
					expect(box.height).toBeGreaterThanOrEqual(24);
					const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'), [box.x + box.width / 2, box.y + box.height / 2]);
					expect(hit, `${item.label} on ${from}`).toBe(item.href);
				}
			}
			// One tap on each section's link opens it.
			for (const item of NAV_ITEMS) {
				await page.goto('');
				await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: item.label, exact: true }).tap();
				await expect.poll(() => new URL(page.url()).pathname, item.label).toBe(item.href);
			}
			await context.close();
		});
	}
	test('shows the current section without scrolling the strip by hand', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('glossary/');
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary', exact: true })).toBeInViewport({ ratio: 1 });
	});
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test.describe('JSON endpoints', () => {
	test('client types: all five with console fields and sources', async ({ request }) => {
		const body = await (await request.get('api/client-types.json')).json();
		expect(body.collection).toBe('client-types');
		expect(body.items.map((t: { id: string }) => t.id).sort()).toEqual(
			['client-based', 'mobile', 'non-browser', 'self-client', 'server-based'],
		);
		for (const t of body.items) {
			expect(t.consoleFields.length).toBe(4);
			expect(t.sources.length).toBeGreaterThan(0);
			expect(t.file).toBeUndefined();
		}
	});
	test('scopes: operations and the CRM catalog', async ({ request }) => {
		const body = await (await request.get('api/scopes.json')).json();
		const crm = body.items.services.find((s: { service: string }) => s.service === 'ZohoCRM');
		const names = crm.scopes.map((s: { name: string }) => s.name);
		expect(names).toEqual(expect.arrayContaining(['modules', 'modules.leads', 'settings.fields', 'coql', 'bulk']));
		expect(body.items.operations.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['ALL', 'READ', 'WRITE']));
	});
	test('endpoints: at least 95, each with scope groups and a source', async ({ request }) => {
		const body = await (await request.get('api/endpoints.json')).json();
		expect(body.items.length).toBeGreaterThanOrEqual(95);
		for (const e of body.items) {
			expect(e.scopeGroups.length).toBeGreaterThan(0);
			expect(e.sources[0]).toMatch(/^https?:\/\//);
		}
	});
	test('data centers: the ten DCs with accounts server and API domain', async ({ request }) => {
		const body = await (await request.get('api/data-centers.json')).json();
		expect(body.items.map((d: { id: string }) => d.id).sort()).toEqual(['ae', 'au', 'ca', 'cn', 'eu', 'in', 'jp', 'sa', 'uk', 'us']);
		const eu = body.items.find((d: { id: string }) => d.id === 'eu');
		expect(eu.accountsServer).toBe('https://accounts.zoho.eu');
		expect(eu.apiDomain).toBe('https://www.zohoapis.eu');
	});
});

test('a client type page shows its console fields and an accessible flow diagram', async ({ page }) => {
	await page.goto('client-types/self-client/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Self Client');
	await expect(page.getByRole('img', { name: /Self Client/ })).toBeVisible();
	await expect(page.getByRole('table')).toContainText('Redirect');
});

test('an unknown page gets the 404 page', async ({ page }) => {
	const res = await page.goto('no-such-page/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

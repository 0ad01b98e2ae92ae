import { expect, test } from '@playwright/test';
import { navItems } from '../../src/components/nav';
import { createRoutes } from '../../src/lib/routes';

test('the home page reaches every section from the navigation', async ({ page, baseURL }) => {
	const NAV_ITEMS = navItems(createRoutes(new URL(baseURL!).pathname));
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

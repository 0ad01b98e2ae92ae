// The composer stays put: no layout shift while it loads at 360 and 1280 px (the scope data arrives
// after the first paint and fills space that nothing else on screen depends on), and the endpoint
// catalog is not fetched before the endpoint picker is used.
import { expect, test } from '@playwright/test';

interface Shift {
	value: number;
	hadRecentInput: boolean;
	sources: string[];
}

declare global {
	interface Window {
		__shifts: Shift[];
	}
}

for (const width of [360, 1280]) {
	test(`no layout shift while /scopes/ loads a shared link at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.addInitScript(() => {
			window.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
					window.__shifts.push({
						value: e.value,
						hadRecentInput: e.hadRecentInput,
						sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}#${s.node.id}` : String(s.node?.nodeName))),
					});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto('scopes/?s=ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL');
		await expect(page.locator('[data-hydrated]')).toBeAttached();
		await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const shifts = await page.evaluate(() => window.__shifts.filter((s) => !s.hadRecentInput));
		expect(shifts).toEqual([]);
		expect(requested.filter((p) => p.endsWith('/data/endpoints.json'))).toEqual([]);
	});
}

test('the endpoint catalog loads when the picker is used, into space kept for it', async ({ page }) => {
	await page.goto('scopes/');
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	await page.getByRole('button', { name: 'Open the catalog and tools' }).click();
	const box = page.locator('[data-endpoint-groups]');
	await expect(box).toBeVisible();
	const before = await box.boundingBox();
	const loaded = page.waitForResponse((r) => r.url().endsWith('/data/endpoints.json'));
	await page.getByRole('searchbox', { name: 'Find endpoints' }).focus();
	await loaded;
	await expect(page.locator('[data-endpoint-service]').first()).toBeVisible();
	expect((await box.boundingBox())?.height).toBe(before?.height);
});

// A corpus of tampered links on every page that reads its URL: script and HTML payloads, very long
// values, unknown and repeated keys, broken % encodings. Each page must stay up, show what it
// ignored where it reads parameters, run nothing from the link and log no error.
import { expect, test, type Page } from '@playwright/test';

const XSS = '%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E';
const SCRIPT = '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E';
// Static hosts and browsers cap URLs around 8 kB (this server at 16 kB), so longer links never reach a page.
const LONG = 'A'.repeat(7_000);

/** Each page, the parameters it reads, and whether it shows notices for ignored ones. */
const PAGES = [
	{ path: 'wizard/', params: ['accounts', 'runtime', 'webui', 'redirect'], island: true },
	{ path: 'scopes/', params: ['s'], island: true },
	{ path: 'checklist/', params: ['type', 'dc', 's', 'lang'], island: true },
	{ path: 'troubleshoot/', params: ['error', 'endpoint', 's', 'dc'], island: true },
	{ path: 'search/', params: ['q'], island: false },
];

function corpus(params: string[]): { name: string; query: string; unknownKey: boolean }[] {
	const [first] = params;
	return [
		{ name: 'HTML payload in every parameter', query: params.map((p) => `${p}=${XSS}`).join('&'), unknownKey: false },
		{ name: 'script payload in every parameter', query: params.map((p) => `${p}=${SCRIPT}`).join('&'), unknownKey: false },
		{ name: 'very long value', query: `${first}=${LONG}`, unknownKey: false },
		{ name: 'unknown keys', query: `evil=${SCRIPT}&__proto__=x&constructor=y`, unknownKey: true },
		{ name: 'repeated keys', query: `${first}=a&${first}=b&${first}=${XSS}`, unknownKey: false },
		{ name: 'broken % encodings', query: `${first}=%E0%A4%A&${first}2=%&x=%ZZ`, unknownKey: true },
		{ name: 'empty and valueless keys', query: `${first}=&&=&${first}`, unknownKey: false },
	];
}

async function expectSafe(page: Page, errors: string[]) {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('[onerror]')).toHaveCount(0);
	expect(errors).toEqual([]);
}

for (const p of PAGES) {
	test.describe(`tampered links on ${p.path}`, () => {
		for (const c of corpus(p.params)) {
			test(c.name, async ({ page }) => {
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
				page.on('dialog', (d) => {
					errors.push(`dialog: ${d.message()}`);
					void d.dismiss();
				});
				await page.goto(`${p.path}?${c.query}`);
				if (p.island) await expect(page.locator('[data-hydrated]')).toBeAttached();
				await page.waitForLoadState('networkidle');
				await expectSafe(page, errors);
				if (p.island && c.unknownKey) await expect(page.locator('[data-url-notices]')).toBeVisible();
			});
		}
	});
}

test.describe('saved checklist progress', () => {
	for (const [name, stored] of [
		['corrupted JSON', '{"version":1,"ticked":'],
		['an old version', JSON.stringify({ version: 0, ticked: { 'self-client:eu:java': ['register-self-client'] } })],
		['a wrong shape', JSON.stringify({ version: 1, ticked: 'everything' })],
		['a huge record', JSON.stringify({ version: 1, ticked: { x: Array.from({ length: 5000 }, (_, i) => `s${i}`) } })],
	] as const) {
		test(`${name} is reset with a notice and the page works`, async ({ page }) => {
			await page.addInitScript((v) => {
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem('zoho-guide:checklist', v);
					sessionStorage.setItem('seeded', '1');
				}
			}, stored);
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto('checklist/?type=self-client&dc=eu&lang=java');
			await expect(page.locator('[data-hydrated]')).toBeAttached();
			const box = page.getByRole('checkbox').first();
			await box.check();
			await expect(box).toBeChecked();
			expect(errors).toEqual([]);
			if (name !== 'a huge record') await expect(page.locator('[data-progress-notice]')).toBeVisible();
		});
	}
});

// The interactive pages at the React floor (README, "Benchmark"): before any input each loads at
// most 76 KiB of JavaScript and 10 KiB of data (gzip -9 of what the browser actually fetched: byte
// counts are deterministic, timings are not asserted), and nothing on screen moves after load
// (no layout shift) at 360 and 1280 px, opened plain or from a filled link. Each width is tried
// 800 px tall and 1600 px tall: a shift is only recorded where it is seen, and a panel below a long
// form (the troubleshooter's results, at 950 px on a 1280 px screen) is only on screen in a tall window.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** KiB, as the budgets are written. */
const KiB = 1024;
export const JS_BUDGET = 76 * KiB;
export const DATA_BUDGET = 10 * KiB;

/** Each page plain, and from filled links (each must show what it asks for without moving anything). */
const PAGES: readonly { name: string; plain: string; filled: readonly string[] }[] = [
	{ name: 'wizard', plain: 'wizard/', filled: ['wizard/?accounts=others&runtime=server&webui=yes&redirect=yes'] },
	{ name: 'checklist', plain: 'checklist/', filled: ['checklist/?type=self-client&dc=eu&s=ZohoCRM.modules.ALL&lang=java'] },
	{ name: 'composer', plain: 'scopes/', filled: ['scopes/?s=ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL,ZohoCRM.users.READ'] },
	{
		name: 'troubleshooter',
		plain: 'troubleshoot/',
		filled: ['troubleshoot/?error=INVALID_OAUTHTOKEN&dc=eu', 'troubleshoot/?error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&s=ZohoCRM.users.READ&dc=eu'],
	},
];

/** Records layout shifts from the start of the navigation. */
async function watchShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shifts: { value: number; node: string }[] };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
				if (e.hadRecentInput) continue;
				const node = e.sources?.[0]?.node;
				w.__shifts.push({ value: e.value, node: node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName) });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** What the page fetched until it is live and idle: JavaScript and data (JSON) bodies, gzip -9 sizes. */
function watchBytes(page: Page) {
	const seen: { url: string; kind: 'js' | 'data'; gzip: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (r) => {
		const type = r.headers()['content-type'] ?? '';
		const kind = type.includes('javascript') ? 'js' : type.includes('json') ? 'data' : null;
		if (!kind || r.status() !== 200) return;
		pending.push(r.body().then((b) => void seen.push({ url: new URL(r.url()).pathname, kind, gzip: gzipSync(b, { level: 9 }).length })));
	});
	return async () => {
		await Promise.all(pending);
		const sum = (k: 'js' | 'data') => seen.filter((s) => s.kind === k).reduce((n, s) => n + s.gzip, 0);
		return { js: sum('js'), data: sum('data'), files: seen };
	};
}

/** JavaScript inside the page's own HTML (Astro's island runtime), gzip -9. */
async function inlineJs(page: Page): Promise<number> {
	const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
	return inline.trim() ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0;
}

for (const p of PAGES) {
	test(`${p.name}: at most 76 KiB of JavaScript and 10 KiB of data before any input`, async ({ page }) => {
		const bytes = watchBytes(page);
		await page.goto(p.plain);
		await expect(page.locator('[data-hydrated]')).toBeAttached();
		await page.waitForLoadState('networkidle');
		const { js, data, files } = await bytes();
		const total = js + (await inlineJs(page));
		console.log(`${p.name}: ${(total / KiB).toFixed(1)} KiB JavaScript, ${(data / KiB).toFixed(1)} KiB data before input`);
		expect(total, files.map((f) => `${f.gzip} ${f.url}`).join('\n')).toBeLessThanOrEqual(JS_BUDGET);
		expect(data).toBeLessThanOrEqual(DATA_BUDGET);
	});

	for (const [width, height] of [[360, 800], [1280, 800], [360, 1600], [1280, 1600]] as const) {
		const opened = [{ kind: 'plain', path: p.plain }, ...p.filled.map((path, i) => ({ kind: i === 0 ? 'filled' : `filled ${i + 1}`, path }))];
		for (const { kind, path } of opened) {
			test(`${p.name}: nothing moves after load at ${width}×${height} px (${kind})`, async ({ page }) => {
				await page.setViewportSize({ width, height });
				await watchShifts(page);
				await page.goto(path);
				await expect(page.locator('[data-hydrated]')).toBeAttached();
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(300); // let a late shift be recorded; nothing is timed
				expect(await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts)).toEqual([]);
			});
		}
	}
}

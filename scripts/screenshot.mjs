#!/usr/bin/env node
// Screenshots of built pages for a human to look at:
//   node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> …]
// Each path at 360 and 1280 px wide, light and dark. Uses the system Chromium.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base, out, ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const path of paths) {
	for (const width of [360, 1280]) {
		for (const scheme of ['light', 'dark']) {
			const page = await browser.newPage({ viewport: { width, height: Number(process.env.HEIGHT ?? 900) }, colorScheme: scheme });
			await page.goto(new URL(path, base).href);
			await page.waitForLoadState('networkidle');
			const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
			await page.close();
			console.log(`${out}/${name}`);
		}
	}
}
await browser.close();

import { defineConfig } from '@playwright/test';

// Browser tests run against the built site (dist/) served by `astro preview` on 127.0.0.1, with
// Debian's Chromium. Build first (`npm run build`); `npm test` does it for you.
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	// One retry in CI absorbs a noisy machine; a retried pass is still reported as flaky in the JSON report.
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: CHROME,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		command: `node scripts/serve-dist.mjs ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});

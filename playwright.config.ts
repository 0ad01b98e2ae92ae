import { defineConfig } from '@playwright/test';

// Browser tests run against the built sites, served by scripts/serve-dist.mjs on 127.0.0.1 as a
// static host would (with the build's _headers), in Debian's Chromium. Build first
// (`npm run build && npm run build:base`); `npm test` does it for you.
//   root  every test, against dist/ at /
//   base  the URL-contract tests and the base-path checks, against dist-base/ under /guide/
// Tests go to paths without a leading slash (`wizard/?…`), so they resolve under either base.
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4322);
const BASE_PORT = PORT + 1;
const CONTRACT_SPECS = /(wizard|composer|checklist|troubleshoot|search|site|bad-input|base-path|scope-param)\.spec\.ts$/;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	// One retry in CI absorbs a noisy machine; a retried pass is still reported as flaky in the JSON report.
	retries: process.env.CI ? 1 : 0,
	// Waits, not timing checks: hydrating an island on a busy 2-core machine can take more than the default 5 s.
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : 'list',
	use: {
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
	projects: [
		{ name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` }, testIgnore: /base-path\.spec\.ts$/ },
		{ name: 'base', use: { baseURL: `http://127.0.0.1:${BASE_PORT}/guide/` }, testMatch: CONTRACT_SPECS },
	],
	webServer: [
		{
			command: `node scripts/serve-dist.mjs ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `node scripts/serve-dist.mjs ${BASE_PORT}`,
			env: { DIST_DIR: 'dist-base', BASE: '/guide/' },
			url: `http://127.0.0.1:${BASE_PORT}/guide/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});

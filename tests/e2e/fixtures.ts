// Playwright `test` with the site's base path as a fixture: `/` for the root build, `/guide/` for
// the base-path build. Tests go to paths without a leading slash (`page.goto('wizard/')`) and build
// expected hrefs with `base` (`${base}checklist/…`), so one spec runs against both builds.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ base: string }>({
	base: async ({ baseURL }, use) => {
		await use(new URL(baseURL ?? 'http://127.0.0.1/').pathname);
	},
});

/** A string as a RegExp source, special characters escaped. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export { expect };

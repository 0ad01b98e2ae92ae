// Every internal link and heading anchor in both builds resolves: `<a href="/path/#id">` must name a
// file of the build and an element with that id on it. Runs over dist/ (`npm run build`) and over
// dist-base/ (`npm run build:base`, base path /guide/), where a link that leaves the base is broken.
// Assets (`<link href>`, `<script src>`, `<img src>`) must stay under the base too.
import { describe, expect, it } from 'vitest';
import { BASE_SITE, ROOT_SITE, readDist, type BuiltSite } from '../helpers/dist';
import { loadContent } from '../helpers/content';

const ID_RE = /\sid="([^"]+)"/g;
const HREF_RE = /<a\s[^>]*?href="([^"]*)"/g;
const ASSET_RE = /<(?:link|script|img)\s[^>]*?(?:href|src)="([^"]*)"/g;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * Pages that draw their anchors in the browser from their link (the checklist draws one element per
 * step, `id` = step id): an anchor there must be one of these ids instead of an id in the HTML.
 */
const STEP_IDS = new Set(loadContent().checklistSteps.flatMap((p) => p.steps.map((st) => st.id)));
const DYNAMIC_ANCHORS: Record<string, Set<string>> = { 'checklist/': STEP_IDS };

/** Broken internal links of one page of `site`: `href` values whose file or `#id` is missing. */
export function brokenLinks(site: BuiltSite, route: string, html: string, idsOf: (file: string) => Set<string>): string[] {
	const broken: string[] = [];
	const check = (raw: string, kind: 'link' | 'asset') => {
		const href = decode(raw);
		if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return; // other schemes and origins: not ours to check here
		const url = new URL(href, `http://site${route}`);
		const file = site.fileForPath(url.pathname);
		if (!file) {
			broken.push(`${href} (${url.pathname.startsWith(site.base) ? 'no file' : `outside the base path ${site.base}`} at ${url.pathname})`);
			return;
		}
		const id = decodeURIComponent(url.hash.slice(1));
		const known = (x: string) => idsOf(file).has(x) || (DYNAMIC_ANCHORS[url.pathname.slice(site.base.length)]?.has(x) ?? false);
		if (kind === 'link' && id && file.endsWith('.html') && !known(id)) broken.push(`${href} (no element with id "${id}")`);
	};
	for (const [, raw] of html.matchAll(HREF_RE)) check(raw!, 'link');
	for (const [, raw] of html.matchAll(ASSET_RE)) check(raw!, 'asset');
	return broken;
}

describe.each([ROOT_SITE, BASE_SITE])('internal links and anchors in the $name build ($base)', (site) => {
	const cache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = cache.get(file);
		if (!ids) {
			ids = new Set([...readDist(file).matchAll(ID_RE)].map((m) => decode(m[1]!)));
			cache.set(file, ids);
		}
		return ids;
	};
	const routes = site.listHtmlRoutes();

	it('finds the pages of the build', () => {
		expect(site.hasDist(), `${site.dir} is missing: run \`npm run build\` and \`npm run build:base\``).toBe(true);
		expect(routes.length).toBeGreaterThan(30);
	});
	it.each(routes)('%s has no broken internal link', (route) => {
		const file = site.fileForPath(route)!;
		expect(brokenLinks(site, route, readDist(file), idsOf)).toEqual([]);
	});
	it('the checker reports a missing page, a missing anchor and a link outside the base', () => {
		const b = site.base;
		const html =
			`<a href="${b}no-such-page/">x</a><a href="${b}glossary/#no-such-term">y</a><a href="https://example.com/">z</a>` +
			`<a href="${b}checklist/?type=mobile#exchange-code-pkce">ok</a><a href="${b}checklist/#no-such-step">bad</a>` +
			`<link rel="stylesheet" href="${b}_astro/missing.css">`;
		const expected = [
			`${b}no-such-page/ (no file at ${b}no-such-page/)`,
			`${b}glossary/#no-such-term (no element with id "no-such-term")`,
			`${b}checklist/#no-such-step (no element with id "no-such-step")`,
			`${b}_astro/missing.css (no file at ${b}_astro/missing.css)`,
		];
		expect(brokenLinks(site, b, html, idsOf)).toEqual(expected);
		if (b !== '/') expect(brokenLinks(site, b, '<a href="/wizard/">root</a>', idsOf)).toEqual(['/wizard/ (outside the base path /guide/ at /wizard/)']);
	});
});

// Every internal link and heading anchor in the build resolves: `<a href="/path/#id">` must name a
// file in dist/ and an element with that id on it. Runs over dist/ as built by `npm run build`.
import { describe, expect, it } from 'vitest';
import { fileForPath, hasDist, listHtmlRoutes, readDist } from '../helpers/dist';
import { loadContent } from '../helpers/content';

const ID_RE = /\sid="([^"]+)"/g;
const HREF_RE = /<a\s[^>]*?href="([^"]*)"/g;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * Pages that draw their anchors in the browser from their link (the checklist draws one element per
 * step, `id` = step id): an anchor there must be one of these ids instead of an id in the HTML.
 */
const DYNAMIC_ANCHORS: Record<string, Set<string>> = {
	'/checklist/': new Set(loadContent().checklistSteps.flatMap((p) => p.steps.map((st) => st.id))),
};

/** Broken internal links of one page: `href` values whose file or `#id` is missing. */
export function brokenLinks(route: string, html: string, idsOf: (file: string) => Set<string>): string[] {
	const broken: string[] = [];
	for (const [, raw] of html.matchAll(HREF_RE)) {
		const href = decode(raw!);
		if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // other schemes and origins: not ours to check here
		const url = new URL(href, `http://site${route}`);
		const file = fileForPath(url.pathname);
		if (!file) {
			broken.push(`${href} (no page at ${url.pathname})`);
			continue;
		}
		const id = decodeURIComponent(url.hash.slice(1));
		const known = (x: string) => idsOf(file).has(x) || (DYNAMIC_ANCHORS[url.pathname]?.has(x) ?? false);
		if (id && file.endsWith('.html') && !known(id)) broken.push(`${href} (no element with id "${id}")`);
	}
	return broken;
}

describe.skipIf(!hasDist())('internal links and anchors in dist/', () => {
	const cache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = cache.get(file);
		if (!ids) {
			ids = new Set([...readDist(file).matchAll(ID_RE)].map((m) => decode(m[1]!)));
			cache.set(file, ids);
		}
		return ids;
	};
	const routes = listHtmlRoutes();

	it('finds the pages of the build', () => {
		expect(routes.length).toBeGreaterThan(30);
	});
	it.each(routes)('%s has no broken internal link', (route) => {
		const file = fileForPath(route)!;
		expect(brokenLinks(route, readDist(file), idsOf)).toEqual([]);
	});
	it('the checker reports a missing page and a missing anchor', () => {
		const html =
			'<a href="/no-such-page/">x</a><a href="/glossary/#no-such-term">y</a><a href="https://example.com/">z</a>' +
			'<a href="/checklist/?type=mobile#exchange-code-pkce">ok</a><a href="/checklist/#no-such-step">bad</a>';
		expect(brokenLinks('/', html, idsOf)).toEqual([
			'/no-such-page/ (no page at /no-such-page/)',
			'/glossary/#no-such-term (no element with id "no-such-term")',
			'/checklist/#no-such-step (no element with id "no-such-step")',
		]);
	});
});

// The deploy files say what the pages say: public/_headers and deploy/nginx.conf send the same
// Content-Security-Policy as every page's <meta> tag (plus frame-ancestors), in both builds; the
// base-path build prefixes the _headers paths; the sitemap, canonical and Open Graph URLs use
// SITE_URL and the base; the GitHub Pages workflow builds with the repository's base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_SITE, ROOT_SITE, readDist } from '../helpers/dist';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** A policy as a sorted list of directives, each with its sources in order: whitespace and `;` placement do not matter. */
export function directives(policy: string): string[] {
	return policy
		.split(';')
		.map((d) => d.trim().split(/\s+/).join(' '))
		.filter(Boolean)
		.sort();
}

/** The value of `Content-Security-Policy` in the `/*` rule of a _headers file. */
function headersCsp(text: string, base = '/'): string | undefined {
	const rule = text.split(/\n(?=\S)/).find((block) => block.startsWith(`${base}*\n`));
	return /Content-Security-Policy:\s*(.+)/.exec(rule ?? '')?.[1];
}

describe.each([ROOT_SITE, BASE_SITE])('deploy files against the $name build', (site) => {
	const pages = site.listHtmlRoutes().map((route) => ({ route, csp: META_CSP.exec(readDist(site.fileForPath(route)!))?.[1] }));
	const meta = pages[0]?.csp ?? '';

	it('every page carries the same Content-Security-Policy', () => {
		expect(pages.length).toBeGreaterThan(30);
		const differing = pages.filter((p) => p.csp !== meta).map((p) => p.route);
		expect(differing, 'pages whose meta CSP differs (an inline style or script?)').toEqual([]);
	});

	it("_headers sends the pages' policy, plus frame-ancestors, and the other security headers", () => {
		const text = readFileSync(join(site.dir, '_headers'), 'utf8');
		expect(directives(headersCsp(text, site.base) ?? '')).toEqual(directives(`${meta}; frame-ancestors 'none'`));
		expect(text).toMatch(/X-Content-Type-Options: nosniff/);
		expect(text).toMatch(/Referrer-Policy: no-referrer/);
		expect(text).toMatch(/Permissions-Policy: .*camera=\(\)/);
		expect(text).toContain(`${site.base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
		expect(text.split('\n').filter((l) => l.startsWith('/')).every((l) => l.startsWith(site.base))).toBe(true);
	});

	it('the nginx example sends the same policy', () => {
		const conf = read('deploy/nginx.conf');
		expect(directives(/set \$csp "([^"]*)";/.exec(conf)?.[1] ?? '')).toEqual(directives(`${meta}; frame-ancestors 'none'`));
		expect(conf).toMatch(/add_header X-Content-Type-Options nosniff always;/);
		expect(conf).toMatch(/location \/_astro\/[\s\S]*immutable/);
	});

	it('the nginx example compresses every text type the site serves, as the hosted options do', () => {
		const conf = read('deploy/nginx.conf');
		expect(conf).toMatch(/^\s*gzip on;/m);
		const types = /gzip_types ([^;]*);/.exec(conf)?.[1]?.split(/\s+/) ?? [];
		// text/html is always compressed by nginx; the rest must be listed.
		for (const t of ['text/css', 'text/javascript', 'application/json', 'application/xml', 'image/svg+xml', 'text/plain']) expect(types, t).toContain(t);
	});

	it('the sitemap, canonical and Open Graph URLs name the site under its base', () => {
		const origin = site.name === 'base' ? 'https://zoho-oauth-guide.example' : 'http://localhost:4321';
		const sitemap = readFileSync(join(site.dir, 'sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
		expect(locs.length).toBeGreaterThan(30);
		for (const loc of locs) expect(loc.startsWith(`${origin}${site.base}`), loc).toBe(true);
		const wizard = readDist(site.fileForPath(`${site.base}wizard/`)!);
		expect(wizard).toContain(`<link rel="canonical" href="${origin}${site.base}wizard/">`);
		expect(wizard).toContain(`<meta property="og:url" content="${origin}${site.base}wizard/">`);
		expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${site.base}sitemap-index.xml`);
	});
});

describe('the checks catch a difference', () => {
	it('compares directives, not formatting', () => {
		expect(directives("default-src 'self';img-src 'self' data:")).toEqual(directives("img-src 'self'  data: ; default-src 'self';"));
		expect(directives("default-src 'self'")).not.toEqual(directives("default-src 'self' https:"));
	});
});

describe('GitHub Pages workflow', () => {
	it('builds with the repository as base path and publishes the build', () => {
		const wf = read('.github/workflows/pages.yml');
		expect(existsSync(join(ROOT, '.github/workflows/pages.yml'))).toBe(true);
		expect(wf).toMatch(/BASE_PATH: .*github\.event\.repository\.name/);
		expect(wf).toMatch(/SITE_URL: .*github\.io/);
		expect(wf).toMatch(/npm ci/);
		expect(wf).toMatch(/npm run build/);
		expect(wf).toMatch(/upload-pages-artifact[\s\S]*path: dist/);
		expect(wf).toMatch(/deploy-pages/);
	});
});

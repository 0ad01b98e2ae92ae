// One owner for links and the address bar (README, "Public URL contracts"): every internal URL is
// built by src/lib/routes.ts, exactly one module writes the address bar, and page data never
// reaches into the islands. Checked over the source, comments stripped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripComments } from '../helpers/source';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx|astro|mjs)$/.test(f) ? [p] : [];
	});
}
const FILES = walk(SRC).map((f) => ({ path: relative(ROOT, f), code: stripComments(readFileSync(f, 'utf8')) }));


/** A quoted or templated path to one of the site's pages, e.g. `'/checklist/'`, `` `/wizard/?${q}` ``, `href="/scopes/"`. */
const ROUTE_LITERAL = /["'`]\/(?:wizard|decide|scopes|checklist|troubleshoot|client-types|walkthroughs|facts|glossary|search|api|data|pagefind)\b/;

/** Files that build an internal route by hand. */
export function handBuiltRoutes(files: { path: string; code: string }[]): string[] {
	return files.filter((f) => f.path !== 'src/lib/routes.ts' && ROUTE_LITERAL.test(f.code)).map((f) => f.path);
}

describe('URL ownership', () => {
	it('finds the source', () => {
		expect(FILES.length).toBeGreaterThan(80);
	});
	it('builds every internal route in src/lib/routes.ts only', () => {
		expect(handBuiltRoutes(FILES)).toEqual([]);
	});
	it('the check catches a hand-built route', () => {
		expect(handBuiltRoutes([{ path: 'src/x.tsx', code: 'const a = <a href={`/checklist/?type=${t}`}>x</a>;' }])).toEqual(['src/x.tsx']);
		expect(handBuiltRoutes([{ path: 'src/y.astro', code: '<a href="/wizard/">x</a>' }])).toEqual(['src/y.astro']);
		expect(handBuiltRoutes([{ path: 'src/z.ts', code: stripComments("// see '/wizard/'\nconst b = 1;") }])).toEqual([]);
	});
	it('writes the address bar from exactly one module', () => {
		const writers = FILES.filter((f) => /history\s*\.\s*(pushState|replaceState)\b/.test(f.code)).map((f) => f.path);
		expect(writers).toEqual(['src/stores/url-binding.ts']);
	});
	it('page data never imports an island, and the islands import no page data', () => {
		const pageData = FILES.filter((f) => f.path.startsWith('src/page-data/') && /from ['"][^'"]*islands\//.test(f.code));
		const islands = FILES.filter((f) => f.path.startsWith('src/islands/') && /from ['"][^'"]*page-data\//.test(f.code));
		expect([...pageData, ...islands].map((f) => f.path)).toEqual([]);
	});
});

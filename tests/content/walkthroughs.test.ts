// Walkthrough pages (content/walkthroughs/*.mdx): trainers link to them by slug and by step anchor,
// and they link into the site's tools by public URL contract. These tests keep all three stable:
// front matter matches WalkthroughSchema, flows only name listed participants, step anchors are
// unique `step-…` ids, and every /wizard/, /scopes/ and /checklist/ link uses only known parameters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	CLIENT_TYPE_IDS,
	DC_IDS,
	WalkthroughSchema,
	WIZARD_ANSWER_VALUES,
	type Walkthrough,
} from '../../src/lib/schemas';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'walkthroughs');

/** Public slugs: file name = URL. Renaming one breaks trainers' links, so the list is fixed here. */
const EXPECTED: Record<string, { clientType: Walkthrough['clientType']; order: number }> = {
	'self-client-legacy-product-sync': { clientType: 'self-client', order: 1 },
	'server-based-lead-manager': { clientType: 'server-based', order: 2 },
	'client-based-dashboard': { clientType: 'client-based', order: 3 },
	'mobile-field-sales-app': { clientType: 'mobile', order: 4 },
	'non-browser-warehouse-scanner': { clientType: 'non-browser', order: 5 },
};

const LANGS = ['java', 'python', 'nodejs', 'php', 'csharp'];
const GLOSSARY_TERMS = ['access-token', 'refresh-token', 'grant-token', 'scope', 'data-center', 'redirect-uri', 'pkce', 'api-domain'];
/** A Zoho scope as it appears in a scope string: service.name(.sub…).OPERATION */
const SCOPE_RE = /^[A-Za-z]+(?:\.[A-Za-z0-9_]+)+$/;

interface Page {
	slug: string;
	raw: string;
	frontmatter: unknown;
	body: string;
}

function splitFrontmatter(raw: string): { fm: string; body: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
	if (!m) throw new Error('missing front matter block');
	return { fm: m[1]!, body: raw.slice(m[0].length) };
}

function loadPages(): Page[] {
	if (!existsSync(DIR)) return [];
	return readdirSync(DIR)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => {
			const raw = readFileSync(join(DIR, f), 'utf8');
			const { fm, body } = splitFrontmatter(raw);
			return { slug: f.replace(/\.mdx?$/, ''), raw, frontmatter: parseYaml(fm), body };
		});
}

/** Removes fenced code blocks and inline code, which MDX does not parse as JSX or expressions. */
function prose(body: string): string {
	return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Internal links in Markdown `](/…)` and HTML `href="/…"` form (code excluded). */
function internalLinks(body: string): string[] {
	const text = prose(body);
	const md = [...text.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
	const html = [...text.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!);
	return [...md, ...html];
}

/** Step headings written as raw HTML: `<h2 id="step-…">Step N: …</h2>`. */
function headings(body: string): { id: string; text: string }[] {
	return [...prose(body).matchAll(/<h([1-6]) id="([^"]*)">([^<]*)<\/h\1>/g)].map((m) => ({ id: m[2]!, text: m[3]! }));
}

/** Checks a scope-list query value: raw must use %2C (not bare commas), decoded must be scopes. */
function scopeListProblems(rawValue: string | undefined, decoded: string | null): string[] {
	const out: string[] = [];
	if (rawValue === undefined || decoded === null || decoded === '') return ['missing s'];
	if (rawValue.includes(',')) out.push(`s is not URL-encoded: ${rawValue}`);
	for (const s of decoded.split(',')) if (!SCOPE_RE.test(s)) out.push(`not a scope: ${s}`);
	return out;
}

/** Returns problems with one internal link, or [] when it honours the public URL contracts. */
export function linkProblems(href: string): string[] {
	const url = new URL(href, 'https://site.invalid');
	const rawQuery = href.includes('?') ? href.slice(href.indexOf('?') + 1).split('#')[0]! : '';
	const rawParams = new Map(rawQuery.split('&').filter(Boolean).map((kv) => [kv.split('=')[0]!, kv.slice(kv.indexOf('=') + 1)]));
	const p = url.searchParams;
	const keys = [...p.keys()];
	const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
	const problems: string[] = dupes.map((k) => `duplicate parameter ${k}`);
	const allow = (names: string[]) => keys.filter((k) => !names.includes(k)).map((k) => `unknown parameter ${k}`);
	const oneOf = (k: string, values: readonly string[]) => {
		const v = p.get(k);
		return v !== null && !values.includes(v) ? [`${k}=${v} is not one of ${values.join('|')}`] : [];
	};
	switch (url.pathname) {
		case '/wizard/': {
			problems.push(...allow(Object.keys(WIZARD_ANSWER_VALUES)));
			for (const [k, values] of Object.entries(WIZARD_ANSWER_VALUES)) problems.push(...oneOf(k, values));
			if (url.hash) problems.push('wizard links carry no fragment');
			break;
		}
		case '/scopes/': {
			problems.push(...allow(['s']), ...scopeListProblems(rawParams.get('s'), p.get('s')));
			if (url.hash) problems.push('scope composer links carry no fragment');
			break;
		}
		case '/checklist/': {
			problems.push(...allow(['type', 'dc', 's', 'lang']));
			problems.push(...oneOf('type', CLIENT_TYPE_IDS), ...oneOf('dc', DC_IDS), ...oneOf('lang', LANGS));
			for (const k of ['type', 'dc', 's', 'lang']) if (!p.has(k)) problems.push(`missing ${k}`);
			problems.push(...scopeListProblems(rawParams.get('s'), p.get('s')).filter((m) => m !== 'missing s'));
			if (url.hash) problems.push('link the checklist itself, not a step');
			break;
		}
		case '/glossary/': {
			if (keys.length) problems.push('glossary links take no parameters');
			if (!GLOSSARY_TERMS.includes(url.hash.slice(1))) problems.push(`unknown glossary term ${url.hash}`);
			break;
		}
		default: {
			const ct = /^\/client-types\/([a-z-]+)\/$/.exec(url.pathname);
			if (ct) {
				if (!(CLIENT_TYPE_IDS as readonly string[]).includes(ct[1]!)) problems.push(`unknown client type ${ct[1]}`);
			} else if (!/^\/walkthroughs\/([a-z0-9-]+\/)?$/.test(url.pathname)) {
				problems.push(`unexpected internal link ${url.pathname}`);
			}
		}
	}
	return problems;
}

const pages = loadPages();

describe('walkthrough pages', () => {
	it('has exactly the five public slugs', () => {
		expect(pages.map((p) => p.slug).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	describe.each(pages.map((p) => [p.slug, p] as const))('%s', (slug, page) => {
		const parsed = WalkthroughSchema.safeParse(page.frontmatter);
		const w = parsed.data;

		it('front matter matches WalkthroughSchema', () => {
			const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
			expect(issues).toEqual([]);
		});

		it('has the expected client type and order', () => {
			expect({ clientType: w?.clientType, order: w?.order }).toEqual(EXPECTED[slug]);
		});

		it('answers all four wizard questions', () => {
			expect(Object.keys(w?.wizard ?? {}).sort()).toEqual(['accounts', 'redirect', 'runtime', 'webui']);
		});

		it('uses only well-formed scopes in front matter', () => {
			expect((w?.scopes ?? '').split(',').filter((s) => !SCOPE_RE.test(s))).toEqual([]);
		});

		it('names only listed participants in flow messages', () => {
			const names = new Set(w?.flow.participants ?? []);
			expect(names.size).toBe(w?.flow.participants.length);
			const unknown = (w?.flow.messages ?? []).flatMap((m) => [m.from, m.to]).filter((n) => !names.has(n));
			expect(unknown).toEqual([]);
		});

		it('has 5–8 numbered steps with unique, stable step- ids', () => {
			const hs = headings(page.body);
			const ids = hs.map((h) => h.id);
			expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
			for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			const steps = hs.filter((h) => /^Step \d+:/.test(h.text));
			expect(steps.length).toBeGreaterThanOrEqual(5);
			expect(steps.length).toBeLessThanOrEqual(8);
			for (const s of steps) expect(s.id).toMatch(/^step-[a-z0-9-]+$/);
			// Every step- id is a numbered step, numbered 1..n in order.
			expect(hs.filter((h) => h.id.startsWith('step-')).length).toBe(steps.length);
			expect(steps.map((s) => Number(/^Step (\d+):/.exec(s.text)![1]))).toEqual(steps.map((_, i) => i + 1));
		});

		it('has an intro, a "What can go wrong" section and a Sources section', () => {
			expect(page.body).toMatch(/\*\*Why [^*]+:\*\*/);
			expect(headings(page.body).map((h) => h.text)).toEqual(expect.arrayContaining(['What can go wrong', 'Sources']));
		});

		it('links to the tools only through their public URL contracts', () => {
			const bad = internalLinks(page.body).flatMap((href) => linkProblems(href).map((m) => `${href}: ${m}`));
			expect(bad).toEqual([]);
		});

		it('links the wizard with its own answers and the checklist with its own settings', () => {
			const links = internalLinks(page.body).map((h) => new URL(h, 'https://site.invalid'));
			const wizard = links.find((u) => u.pathname === '/wizard/');
			expect(Object.fromEntries(wizard?.searchParams ?? [])).toEqual(w?.wizard);
			const checklist = links.find((u) => u.pathname === '/checklist/');
			expect(Object.fromEntries(checklist?.searchParams ?? [])).toEqual({
				type: w?.clientType,
				dc: w?.dc,
				s: w?.scopes,
				lang: w?.lang,
			});
		});

		it('keeps prose MDX-safe: no bare braces, no stray "<"', () => {
			// Remove the raw-HTML step headings, then look for characters MDX would parse as JSX/JS.
			const text = prose(page.body).replace(/<h([1-6]) id="[^"]*">[^<]*<\/h\1>/g, '');
			const lines = text.split('\n');
			const bad = lines.filter((l) => /(?<!\\)[{}]/.test(l) || /<(?![a-z/!])/i.test(l) || /<[a-z]/i.test(l));
			expect(bad).toEqual([]);
		});

		it('cites a Zoho source inline in the story', () => {
			expect(page.body).toMatch(/\]\(https:\/\/(www\.)?zoho\.com\//);
		});
	});
});

describe('linkProblems (the checker itself)', () => {
	it('accepts the contract forms', () => {
		expect(linkProblems('/wizard/?accounts=own&runtime=script&webui=no&redirect=no')).toEqual([]);
		expect(linkProblems('/scopes/?s=ZohoCRM.modules.ALL%2CZohoCRM.users.READ')).toEqual([]);
		expect(linkProblems('/checklist/?type=mobile&dc=eu&s=ZohoCRM.modules.ALL&lang=java')).toEqual([]);
		expect(linkProblems('/glossary/#pkce')).toEqual([]);
		expect(linkProblems('/client-types/self-client/')).toEqual([]);
	});
	it('rejects unknown parameters, values and unencoded scope lists', () => {
		expect(linkProblems('/wizard/?accounts=mine')).not.toEqual([]);
		expect(linkProblems('/wizard/?who=own')).not.toEqual([]);
		expect(linkProblems('/scopes/?s=ZohoCRM.modules.ALL,ZohoCRM.users.READ')).not.toEqual([]);
		expect(linkProblems('/checklist/?type=web&dc=us&s=ZohoCRM.modules.ALL&lang=java')).not.toEqual([]);
		expect(linkProblems('/checklist/?type=mobile&dc=us&s=ZohoCRM.modules.ALL&lang=java#step-register')).not.toEqual([]);
		expect(linkProblems('/glossary/#token')).not.toEqual([]);
		expect(linkProblems('/client-types/web/')).not.toEqual([]);
	});
});

// Optional: compile each page with the MDX compiler Astro uses (satteri, via @astrojs/mdx), when it
// is installed. It is a transitive dependency, so the test skips rather than fails without it.
const satteri = await import('satteri').catch(() => null);
describe.skipIf(!satteri)('walkthrough MDX compiles', () => {
	it.each(pages.map((p) => [p.slug, p] as const))('%s', async (_slug, page) => {
		// mdxToJs is synchronous in current satteri; await also covers an async version.
		const out = await satteri!.mdxToJs(page.body, {});
		expect(out.code.length).toBeGreaterThan(0);
	});
	it('the compiler rejects an unescaped brace (sanity check)', async () => {
		await expect(async () => satteri!.mdxToJs('Use {client_id here\n', {})).rejects.toThrow();
	});
});

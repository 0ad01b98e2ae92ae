#!/usr/bin/env node
// Bytes a built page ships: HTML, CSS and JavaScript (raw and gzip -9), and how many requests it
// makes for them. Follows <script src>, <link rel=stylesheet|modulepreload>, astro-island
// component-url/renderer-url and the static imports inside those files (not dynamic import(),
// which loads on demand).
//   node scripts/measure.mjs [dist]        → JSON per page on stdout
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const attr = (tag, name) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];

function listHtml(dir, root = dir) {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (f === 'pagefind') return [];
		return statSync(p).isDirectory() ? listHtml(p, root) : f.endsWith('.html') ? [p] : [];
	});
}

/** Static imports of a JS file (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImports(code) {
	const out = [];
	for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) out.push(m[1]);
	return out;
}

/** Measures one page (path of its index.html inside dist). */
export function measurePage(dist, htmlFile) {
	const html = readFileSync(htmlFile);
	const text = html.toString('utf8');
	const route = `/${relative(dist, htmlFile)}`.replace(/index\.html$/, '');
	const js = new Map();
	const css = new Map();
	const resolveUrl = (u, from) => (u.startsWith('/') ? join(dist, u) : resolve(dirname(from), u));
	const addJs = (file) => {
		if (js.has(file) || !existsSync(file)) return;
		const buf = readFileSync(file);
		js.set(file, buf);
		for (const imp of staticImports(buf.toString('utf8'))) if (imp.startsWith('.') || imp.startsWith('/')) addJs(resolveUrl(imp, file));
	};
	for (const m of text.matchAll(/<script\b[^>]*>/g)) {
		const src = attr(m[0], 'src');
		if (src && !/^https?:/.test(src)) addJs(join(dist, src));
	}
	for (const m of text.matchAll(/<link\b[^>]*>/g)) {
		const rel = attr(m[0], 'rel');
		const href = attr(m[0], 'href');
		if (!href || /^https?:/.test(href)) continue;
		if (rel === 'modulepreload') addJs(join(dist, href));
		if (rel === 'stylesheet' && existsSync(join(dist, href))) css.set(href, readFileSync(join(dist, href)));
	}
	for (const m of text.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const name of ['component-url', 'renderer-url']) {
			const u = attr(m[0], name);
			if (u) addJs(join(dist, u.replace(/&#x2F;|&#47;/g, '/')));
		}
	}
	const inline = [...text.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
	const inlineBuf = Buffer.from(inline.join('\n'));
	const sum = (bufs) => bufs.reduce((a, b) => ({ raw: a.raw + b.length, gzip: a.gzip + gz(b) }), { raw: 0, gzip: 0 });
	const jsFiles = sum([...js.values()]);
	return {
		route,
		html: { raw: html.length, gzip: gz(html) },
		css: sum([...css.values()]),
		js: { raw: jsFiles.raw + inlineBuf.length, gzip: jsFiles.gzip + (inline.length ? gz(inlineBuf) : 0), files: js.size, inlineScripts: inline.length },
		requests: 1 + css.size + js.size,
	};
}

/** Measures every HTML page in dist. */
export function measureSite(dist = 'dist') {
	return listHtml(resolve(dist)).sort().map((f) => measurePage(resolve(dist), f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(JSON.stringify(measureSite(process.argv[2] ?? 'dist'), null, 2));
}

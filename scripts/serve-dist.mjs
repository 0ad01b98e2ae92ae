#!/usr/bin/env node
// A minimal static server for a build, on 127.0.0.1, as a static host would serve it:
//   [DIST_DIR=dist] [BASE=/] node scripts/serve-dist.mjs [port]
// - the build is served under BASE (e.g. /guide/ for `npm run build:base`); anything outside it is
//   a bare 404, so a link that forgets the base path fails in tests;
// - files as they are, a directory's index.html, a redirect for a directory without its slash,
//   and the build's 404.html with status 404 for a missing page;
// - the response headers of the build's _headers file (as Netlify or Cloudflare Pages would send
//   them), so browser tests run under the deployed Content-Security-Policy too;
// - text compressed with gzip when the browser accepts it, as GitHub Pages, Netlify, Cloudflare
//   Pages and deploy/nginx.conf do (Lighthouse in `npm run bench` then times what a phone would
//   download, not the raw bytes).
// (astro preview allows one instance per project; tests need their own.)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(process.env.DIST_DIR ?? 'dist');
const BASE = `/${(process.env.BASE ?? '/').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 4322);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** `_headers` rules: `{ pattern, headers }`, a pattern being a path with `*` wildcards. */
function readHeaderRules() {
	let text;
	try {
		text = readFileSync(join(ROOT, '_headers'), 'utf8');
	} catch {
		return [];
	}
	const rules = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
		else if (rules.length > 0) {
			const i = line.indexOf(':');
			rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
		}
	}
	return rules;
}
const RULES = readHeaderRules();
/** Types a static host compresses (the Pagefind index files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);
const gzipped = new Map();
const gzipOf = (path, body) => {
	if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 6 }));
	return gzipped.get(path);
};
const headersFor = (path) => Object.assign({}, ...RULES.filter((r) => r.pattern.test(path)).map((r) => r.headers));

async function resolveFile(urlPath) {
	let rel;
	try {
		rel = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	const path = normalize(join(ROOT, rel));
	if (!path.startsWith(ROOT) || path.endsWith('_headers')) return null;
	for (const [candidate, directory] of [[path, false], [join(path, 'index.html'), true]]) {
		try {
			if ((await stat(candidate)).isFile()) return { file: candidate, directory };
		} catch {
			/* next */
		}
	}
	return null;
}

createServer(async (req, res) => {
	const [pathname, query] = (req.url ?? '/').split('?');
	if (!`${pathname}/`.startsWith(BASE) && pathname !== BASE.slice(0, -1)) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(`outside the base path ${BASE}`);
		return;
	}
	const found = await resolveFile(pathname.slice(BASE.length - 1) || '/');
	if (found?.directory && !pathname.endsWith('/')) {
		// Directory without trailing slash: redirect like a static host would.
		res.writeHead(301, { Location: `${pathname}/${query !== undefined ? `?${query}` : ''}` });
		res.end();
		return;
	}
	const status = found ? 200 : 404;
	const path = found?.file ?? join(ROOT, '404.html');
	try {
		const body = await readFile(path);
		const headers = { ...headersFor(pathname), 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
		if (COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' });
			res.end(gzipOf(path, body));
			return;
		}
		res.writeHead(status, headers);
		res.end(body);
	} catch {
		res.writeHead(404, { 'Content-Type': 'text/plain' });
		res.end('not found');
	}
}).listen(PORT, '127.0.0.1', () => console.log(`serving ${ROOT} at http://127.0.0.1:${PORT}${BASE}`));

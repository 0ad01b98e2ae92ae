#!/usr/bin/env node
// A minimal static server for the built site (dist/) on 127.0.0.1, for browser tests and benches:
//   node scripts/serve-dist.mjs [port]
// Serves files as they are, directory index.html, /404.html with status 404 for anything else.
// (astro preview allows one instance per project; tests need their own.)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(process.env.DIST_DIR ?? 'dist');
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

async function resolveFile(urlPath) {
	let rel;
	try {
		rel = decodeURIComponent(urlPath.split('?')[0]);
	} catch {
		return null;
	}
	const path = normalize(join(ROOT, rel));
	if (!path.startsWith(ROOT)) return null;
	for (const candidate of [path, join(path, 'index.html')]) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {
			/* next */
		}
	}
	return null;
}

createServer(async (req, res) => {
	const file = await resolveFile(req.url ?? '/');
	if (file && !file.endsWith('index.html') && (req.url ?? '').split('?')[0].match(/\/[^./]+$/)) {
		// Directory without trailing slash: redirect like a static host would.
		res.writeHead(301, { Location: `${req.url.split('?')[0]}/${req.url.includes('?') ? `?${req.url.split('?')[1]}` : ''}` });
		res.end();
		return;
	}
	const status = file ? 200 : 404;
	const path = file ?? join(ROOT, '404.html');
	try {
		const body = await readFile(path);
		res.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
		res.end(body);
	} catch {
		res.writeHead(404, { 'Content-Type': 'text/plain' });
		res.end('not found');
	}
}).listen(PORT, '127.0.0.1', () => console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/`));

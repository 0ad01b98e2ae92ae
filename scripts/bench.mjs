#!/usr/bin/env node
// `npm run bench`: prints figures, asserts nothing about time (machines are noisy).
//   1. bytes per page: HTML, CSS, JS (raw and gzip) and requests (counted in Chromium)
//   2. build time, cold and warm, for the real content and a synthetic catalog 10× larger
//   3. engine speed (vitest.bench.config.ts: wizard, scope analysis, endpoint solver)
//   4. Lighthouse scores (mobile settings) for home, wizard, composer and one walkthrough
//   5. the composer: data before first input and on demand, layout shift and time to live at 360
//      and 1280 px, what loads before the endpoint picker is used
//   6. troubleshooter corpus: top-1 and top-3 rates over tests/fixtures/troubleshoot/corpus.yaml,
//      overall and per kind (the same measurement the corpus test gates at 75% / 90%)
// Set BENCH_SKIP=lighthouse,builds,engine,composer,corpus to leave parts out, BENCH_PORT to serve
// elsewhere (default 4399).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { measureSite } from './measure.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kb = (n) => (n / 1000).toFixed(1);
const heading = (t) => console.log(`\n## ${t}\n`);

function run(cmd, args, opts = {}) {
	const t0 = process.hrtime.bigint();
	const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', ...opts });
	const secs = Number(process.hrtime.bigint() - t0) / 1e9;
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	return { secs, out: r.stdout };
}

/** A copy of the project with its own caches (node_modules entries linked one by one). */
function copyProject() {
	const dir = mkdtempSync(join(tmpdir(), 'zoho-guide-bench-'));
	const skip = new Set(['node_modules', 'dist', '.astro', 'reports', 'test-results', '.git']);
	cpSync(ROOT, dir, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length + 1).split('/')[0]) });
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
	return dir;
}

/** Multiplies the scope catalog and the endpoints by `n` (renamed copies). */
function inflate(dir, n) {
	const scopesDir = join(dir, 'content/scopes');
	for (const f of readdirSync(scopesDir)) {
		const data = parse(readFileSync(join(scopesDir, f), 'utf8'));
		for (let i = 1; i < n; i++) {
			writeFileSync(join(scopesDir, f.replace('.yaml', `-x${i}.yaml`)), stringify({ ...data, service: `${data.service}X${i}`, order: 1000 + i }));
		}
	}
	const epFiles = [join(dir, 'content/endpoints.yaml'), ...readdirSync(join(dir, 'content/endpoints')).map((f) => join(dir, 'content/endpoints', f))];
	for (const epFile of epFiles) {
		const eps = parse(readFileSync(epFile, 'utf8'));
		const more = [];
		for (let i = 1; i < n; i++) for (const e of eps) more.push({ ...e, id: `${e.id}-x${i}`, name: `${e.name} (${i})` });
		writeFileSync(epFile, stringify([...eps, ...more]));
	}
}

function timeBuilds(label, dir) {
	const astro = join(ROOT, 'node_modules/.bin/astro');
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules/.vite'), { recursive: true, force: true });
	rmSync(join(dir, '.astro'), { recursive: true, force: true });
	const cold = run(astro, ['build'], { cwd: dir }).secs;
	const warm = run(astro, ['build'], { cwd: dir }).secs;
	const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	const composer = readFileSync(join(dir, 'dist/data/composer.json')).length;
	const endpoints = readFileSync(join(dir, 'dist/data/endpoints.json')).length;
	return { label, cold, warm, pages, composer, endpoints };
}

async function servePort(port) {
	const child = spawn(process.execPath, [join(ROOT, 'scripts/serve-dist.mjs'), String(port)], { cwd: ROOT, stdio: 'ignore' });
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('static server did not start');
}

/** The composer in Chromium: layout shift and time until live for a shared link, and what it fetched. */
async function measureComposer(base) {
	const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const rows = [];
	for (const width of [360, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		await page.addInitScript(() => {
			window.__cls = 0;
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const fetched = [];
		page.on('response', async (r) => {
			if (r.url().includes('/data/')) fetched.push(`${new URL(r.url()).pathname} ${kb((await r.body()).length)} kB`);
		});
		const t0 = Date.now();
		await page.goto(`${base}/scopes/?s=ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL`);
		await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
		const live = Date.now() - t0;
		await page.waitForLoadState('networkidle');
		const cls = await page.evaluate(() => window.__cls);
		const before = fetched.length;
		await page.getByRole('searchbox', { name: 'Find endpoints' }).focus();
		await page.locator('[data-endpoints-loaded]').waitFor({ state: 'attached' });
		rows.push({ width, 'live after ms': live, 'layout shift': cls.toFixed(4), 'data on load': fetched.slice(0, before).join(', '), 'data when the picker is used': fetched.slice(before).join(', ') });
		await page.close();
	}
	await browser.close();
	return rows;
}

async function countRequests(base, routes) {
	const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const counts = new Map();
	for (const route of routes) {
		const page = await browser.newPage();
		let n = 0;
		page.on('request', () => n++);
		await page.goto(base + route, { waitUntil: 'networkidle' });
		counts.set(route, n);
		await page.close();
	}
	await browser.close();
	return counts;
}

console.log(`# Zoho OAuth Guide benchmark — ${new Date().toISOString()} — node ${process.version}, ${(await import('node:os')).cpus().length} cores`);

if (!SKIP.has('corpus')) {
	heading('Troubleshooter corpus (real pastes, settled causes)');
	const r = run(join(ROOT, 'node_modules/.bin/vitest'), ['run', 'tests/lib/troubleshoot/corpus.test.ts', '--reporter=dot'], { env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
	const out = r.out.split('\n');
	const at = out.findIndex((l) => l.startsWith('TROUBLESHOOT CORPUS'));
	console.log(at < 0 ? r.out : out.slice(at + 1).filter((l) => /top-1/.test(l)).join('\n'));
}

if (!SKIP.has('builds')) {
	heading('Build time (astro build, without Pagefind), seconds');
	const rows = [];
	const real = copyProject();
	rows.push(timeBuilds('real content', real));
	const big = copyProject();
	inflate(big, 10);
	rows.push(timeBuilds('synthetic: scopes and endpoints ×10', big));
	console.table(rows.map((r) => ({ content: r.label, 'cold s': r.cold.toFixed(1), 'warm s': r.warm.toFixed(1), pages: r.pages, 'composer.json kB': kb(r.composer), 'endpoints.json kB': kb(r.endpoints) })));
	rmSync(real, { recursive: true, force: true });
	rmSync(big, { recursive: true, force: true });
}

heading('Bytes per page (built site; gzip -9) and requests on load');
run('npm', ['run', 'build', '--silent']);
const pages = measureSite(join(ROOT, 'dist'));
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const server = await servePort(PORT);
try {
	const counts = await countRequests(`http://127.0.0.1:${PORT}`, pages.map((p) => p.route));
	console.table(
		pages.map((p) => ({
			page: p.route,
			'HTML kB': `${kb(p.html.raw)} / ${kb(p.html.gzip)}`,
			'CSS kB': `${kb(p.css.raw)} / ${kb(p.css.gzip)}`,
			'JS kB': `${kb(p.js.raw)} / ${kb(p.js.gzip)}`,
			requests: counts.get(p.route),
		})),
	);
	console.log('(raw / gzip; requests counted in Chromium until the network is idle, including data an island loads)');

	if (!SKIP.has('composer')) {
		heading('Scope composer');
		const gz = (f) => gzipSync(readFileSync(join(ROOT, 'dist', f)), { level: 9 }).length;
		const raw = (f) => readFileSync(join(ROOT, 'dist', f)).length;
		const scopes = pages.find((p) => p.route === '/scopes/');
		console.table([
			{ what: 'JS (gzip)', figure: `${kb(scopes.js.gzip)} kB (${scopes.js.files} files)` },
			{ what: 'data before first input: /data/composer.json', figure: `${kb(raw('data/composer.json'))} kB (${kb(gz('data/composer.json'))} gzip)` },
			{ what: 'data when the endpoint picker is used: /data/endpoints.json', figure: `${kb(raw('data/endpoints.json'))} kB (${kb(gz('data/endpoints.json'))} gzip)` },
			{ what: 'endpoints (non-CRM)', figure: (() => { const items = JSON.parse(readFileSync(join(ROOT, 'dist/api/endpoints.json'), 'utf8')).items; return `${items.length} (${items.filter((e) => e.service !== 'ZohoCRM').length})`; })() },
			{ what: 'coverage rules (documented / inferred)', figure: (() => { const items = JSON.parse(readFileSync(join(ROOT, 'dist/api/scope-coverage.json'), 'utf8')).items; return `${items.filter((e) => e.status === 'documented').length} / ${items.filter((e) => e.status === 'inferred').length}`; })() },
		]);
		console.table(await measureComposer(`http://127.0.0.1:${PORT}`));
		console.log('(a shared link with two scopes; layout shift summed without recent input; "live" is data-hydrated after navigation starts)');
	}

	if (!SKIP.has('engine')) {
		heading('Engine speed');
		const r = run(join(ROOT, 'node_modules/.bin/vitest'), ['run', '--config', 'vitest.bench.config.ts', '--reporter=dot'], { env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		console.log(r.out.split('\n').filter((l) => /[│┌└├]|ENGINE/.test(l)).join('\n'));
	}

	if (!SKIP.has('lighthouse')) {
		heading('Lighthouse (mobile settings, system Chromium)');
		const rows = [];
		for (const route of ['/', '/wizard/', '/scopes/', '/troubleshoot/', '/walkthroughs/self-client-legacy-product-sync/']) {
			const out = join(tmpdir(), `lh-${route.replace(/\W+/g, '_')}.json`);
			run(join(ROOT, 'node_modules/.bin/lighthouse'), [
				`http://127.0.0.1:${PORT}${route}`,
				'--quiet',
				'--output=json',
				`--output-path=${out}`,
				`--chrome-path=${CHROME}`,
				'--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
			]);
			const report = JSON.parse(readFileSync(out, 'utf8'));
			const c = report.categories;
			rows.push({
				page: route,
				performance: Math.round(c.performance.score * 100),
				'LCP s': (report.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
				accessibility: Math.round(c.accessibility.score * 100),
				'best practices': Math.round(c['best-practices'].score * 100),
				SEO: Math.round(c.seo.score * 100),
			});
		}
		console.table(rows);
	}
} finally {
	server.kill();
}

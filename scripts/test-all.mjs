#!/usr/bin/env node
// `npm test`: every check the project has, in order, with one summary line at the end.
//   1. type check (astro check) and lint (eslint)
//   2. build (astro build + pagefind), and a second build under the base path /guide/ (dist-base/)
//   3. unit and component tests (vitest), including the link checks over both builds
//   4. browser tests against the built sites (playwright + system Chromium): every test at the
//      root, the URL-contract tests again under /guide/
// Later stages still run when an earlier test stage fails, so one run shows every failure;
// a failed build stops the browser tests (they would only test a stale dist/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const t0 = Date.now();
const results = [];

function stage(name, cmd, args, env = {}) {
	const secs = ((Date.now() - t0) / 1000).toFixed(0);
	console.log(`\n=== [${secs.padStart(4)}s] ${name}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	const ok = r.status === 0;
	results.push({ name, ok });
	if (!ok) console.log(`--- ${name} failed (exit ${r.status ?? r.signal})`);
	return ok;
}

const readJson = (p) => {
	try {
		return JSON.parse(readFileSync(p, 'utf8'));
	} catch {
		return null;
	}
};

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

stage('type check (astro check)', bin('astro'), ['check']);
stage('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0']);
const built = stage('build (astro build + pagefind)', 'npm', ['run', 'build', '--silent']);
const builtBase = stage('build under a base path (BASE_PATH=/guide/, dist-base/)', 'npm', ['run', 'build:base', '--silent']);
stage('unit and component tests (vitest)', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=reports/vitest.json',
]);
if (built) {
	stage('browser tests (playwright)', bin('playwright'), ['test', ...(builtBase ? [] : ['--project=root'])], { CI: '1' });
	if (!builtBase) console.log('--- browser tests under /guide/ skipped: the base-path build failed');
} else {
	results.push({ name: 'browser tests (playwright)', ok: false });
	console.log('--- browser tests skipped: the build failed');
}

const v = readJson('reports/vitest.json');
const p = readJson('reports/playwright.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (v) {
	passed += v.numPassedTests;
	failed += v.numFailedTests;
	skipped += v.numPendingTests + v.numTodoTests;
}
if (p) {
	passed += p.stats.expected + p.stats.flaky;
	failed += p.stats.unexpected;
	skipped += p.stats.skipped;
}
const stageFailures = results.filter((r) => !r.ok);
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
console.log(`total ${((Date.now() - t0) / 1000).toFixed(0)}s`);
// A failed stage with no failed test (type check, lint, build) still counts as one failure.
if (stageFailures.length > 0 && failed === 0) failed = stageFailures.length;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(stageFailures.length > 0 ? 1 : 0);

// Seeds one fault at a time into a copy of the project and runs `astro build` on it: each must
// fail, naming the file and the field. Slow (one build per fault), so the faults share one copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', 'dist', '.astro', 'reports', 'test-results', '.git', 'playwright-report']);
let dir = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'zoho-guide-faults-'));
	cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0]!) });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Edits one YAML file in the copy, builds, restores the file, and returns the build's output. */
function buildWithFault(rel: string, edit: (doc: ReturnType<typeof parseDocument>) => void): { code: number | null; out: string } {
	const path = join(dir, rel);
	const original = readFileSync(path, 'utf8');
	const doc = parseDocument(original);
	edit(doc);
	writeFileSync(path, doc.toString());
	try {
		const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
	} finally {
		writeFileSync(path, original);
	}
}

function crmIndexOf(doc: ReturnType<typeof parseDocument>, name: string): number {
	const scopes = (doc.toJS() as { scopes: { name: string }[] }).scopes;
	const i = scopes.findIndex((s) => s.name === name);
	expect(i).toBeGreaterThanOrEqual(0);
	return i;
}

describe('a faulty content file fails the build, naming file and field', { timeout: 120_000 }, () => {
	it('missing field', () => {
		const r = buildWithFault('content/client-types/self-client.yaml', (doc) => doc.delete('summary'));
		expect(r.code).not.toBe(0);
		expect(r.out).toMatch(/self-client/);
		expect(r.out).toMatch(/summary/);
	});
	it('wrong type', () => {
		const r = buildWithFault('content/data-centers.yaml', (doc) => doc.setIn([1, 'order'], 'second'));
		expect(r.code).not.toBe(0);
		expect(r.out).toMatch(/data-centers/);
		expect(r.out).toMatch(/order/);
	});
	it('unknown operation', () => {
		let i = -1;
		const r = buildWithFault('content/scopes/zoho-crm.yaml', (doc) => {
			i = crmIndexOf(doc, 'coql');
			doc.setIn(['scopes', i, 'operations', 0], 'REED');
		});
		expect(r.code).not.toBe(0);
		expect(r.out).toContain(`content/scopes/zoho-crm.yaml → scopes[${i}].operations[0]: unknown operation \`REED\``);
	});
	it('reference to a scope that does not exist', () => {
		const r = buildWithFault('content/endpoints.yaml', (doc) => doc.setIn([0, 'scopeGroups', 0, 0], 'ZohoCRM.modulez.ALL'));
		expect(r.code).not.toBe(0);
		expect(r.out).toMatch(/content\/endpoints\.yaml → [a-z0-9-]+\.scopeGroups\[0\]\[0\]: unknown scope `ZohoCRM\.modulez`/);
	});
	it('reference to a client type that does not exist', () => {
		const r = buildWithFault('content/token-facts.yaml', (doc) => doc.setIn([0, 'clientTypes'], ['web-app']));
		expect(r.code).not.toBe(0);
		expect(r.out).toMatch(/token-facts/);
		expect(r.out).toMatch(/clientTypes/);
	});
	it('reference to a glossary term that does not exist', () => {
		const r = buildWithFault('content/glossary.yaml', (doc) => doc.setIn([0, 'related'], ['no-such-term']));
		expect(r.code).not.toBe(0);
		expect(r.out).toMatch(/content\/glossary\.yaml → [a-z0-9-]+\.related\[0\]: unknown glossary term `no-such-term`/);
	});
});

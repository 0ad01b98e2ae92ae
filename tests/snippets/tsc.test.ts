// Every Node.js and TypeScript snippet the checklist can show (each client type × data center),
// written out as a file and type-checked with `tsc --noEmit --strict` against the real packages
// @zohocrm/nodejs-sdk-8.0 (checkJs, ES module, as the package is ESM-only) and
// @zohocrm/typescript-sdk-8.0 (once as a CommonJS and once as an ES-module project). One tsc run per
// language. A wrong import, class, builder method or base class fails here with tsc's message.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snippetName, snippetsOf, type GeneratedSnippet } from '../helpers/snippets/generated';
import { makeWorkdir, ROOT } from '../helpers/snippets/workdir';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const work = makeWorkdir('snippet-tsc', true);
afterAll(() => work.remove());

const COMMON = { noEmit: true, strict: true, skipLibCheck: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'] };

/** Runs tsc on a project folder; returns the diagnostics in the snippet files, mapped back to content. */
function typeCheck(project: string, files: Map<string, GeneratedSnippet>, options: object): string[] {
	work.write(`${project}/tsconfig.json`, JSON.stringify({ compilerOptions: { ...COMMON, ...options }, include: ['**/*.js', '**/*.ts'] }));
	const r = spawnSync(process.execPath, [TSC, '-p', join(work.dir, project, 'tsconfig.json'), '--pretty', 'false'], {
		cwd: join(work.dir, project),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (r.error) throw r.error;
	const problems: string[] = [];
	for (const line of r.stdout.split('\n')) {
		const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
		// Diagnostics inside the SDK package itself (checkJs reaches into node_modules) are not ours.
		if (!m || m[1]!.startsWith('..')) continue;
		const s = files.get(m[1]!);
		problems.push(`${s ? `${s.file} → ${s.field} (${s.snippetId}, dc ${s.dc})` : m[1]} as ${project}/${m[1]}:${m[2]}:${m[3]}: ${m[4]} ${m[5]}`);
	}
	if (problems.length === 0 && r.status !== 0 && !/error TS/.test(r.stdout)) problems.push(`tsc failed: ${r.stderr || r.stdout}`);
	return problems;
}

describe('Node.js snippets compile against @zohocrm/nodejs-sdk-8.0 (tsc, checkJs)', () => {
	it('every client type × data center', { timeout: 180_000 }, () => {
		const files = new Map<string, GeneratedSnippet>();
		work.write('nodejs/package.json', JSON.stringify({ type: 'module', private: true }));
		for (const s of snippetsOf('nodejs')) {
			work.write(`nodejs/${snippetName(s)}.js`, s.text);
			files.set(`${snippetName(s)}.js`, s);
		}
		expect(files.size).toBeGreaterThanOrEqual(25);
		// maxNodeModuleJsDepth lets tsc read the package's JavaScript, so its classes have real types;
		// 4 levels reach every class a snippet uses (index → zohocrmsdk → class → its imports).
		const problems = typeCheck('nodejs', files, { allowJs: true, checkJs: true, maxNodeModuleJsDepth: 4 });
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe('TypeScript snippets compile against @zohocrm/typescript-sdk-8.0 (tsc --strict)', () => {
	it('every client type × data center, as CommonJS and as an ES module', { timeout: 180_000 }, () => {
		const files = new Map<string, GeneratedSnippet>();
		for (const kind of ['commonjs', 'module']) {
			work.write(`typescript/${kind}/package.json`, JSON.stringify({ type: kind, private: true }));
			for (const s of snippetsOf('typescript')) {
				work.write(`typescript/${kind}/${snippetName(s)}.ts`, s.text);
				files.set(`${kind}/${snippetName(s)}.ts`, s);
			}
		}
		expect(files.size).toBeGreaterThanOrEqual(50);
		const problems = typeCheck('typescript', files, {});
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

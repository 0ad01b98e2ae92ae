// Java, Python and PHP snippets (every client type × data center), checked by their own language:
// Java compiled with javac against stubs generated from content/sdk-api/java.yaml, Python with
// `python3 -m py_compile`, PHP with `php -l`. Where a tool is missing the test is skipped with a
// printed notice (CI installs them: see .ci/run). C# has no compiler here; its snippets get the
// identifier check only (identifiers.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { content, snippetName, snippetsOf, type GeneratedSnippet } from '../helpers/snippets/generated';
import { javaStubs } from '../helpers/snippets/java-stubs';
import { makeWorkdir } from '../helpers/snippets/workdir';

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const TOOLS = { javac: has('javac', '-version'), python3: has('python3', '--version'), php: has('php', '--version') };
for (const [tool, ok] of Object.entries(TOOLS))
	if (!ok) console.warn(`[snippet checks] \`${tool}\` is not installed: its snippets get the identifier check only (Debian: ${tool === 'javac' ? 'default-jdk-headless' : tool === 'php' ? 'php-cli' : 'python3'}).`);

const work = makeWorkdir('snippet-compile');
afterAll(() => work.remove());

const where = (s: GeneratedSnippet) => `${s.file} → ${s.field} (${s.snippetId}, dc ${s.dc})`;

describe.skipIf(!TOOLS.javac)('Java snippets compile (javac, against stubs of content/sdk-api/java.yaml)', () => {
	it('every client type × data center', { timeout: 180_000 }, () => {
		const stubs = javaStubs(content.sdkApi.find((a) => a.lang === 'java')!);
		const stubFiles = [...stubs].map(([rel, src]) => work.write(`java-stubs/${rel}`, src));
		const built = spawnSync('javac', ['-nowarn', '-d', join(work.dir, 'java-classes'), ...stubFiles], { encoding: 'utf8' });
		expect(built.status, `the generated stubs do not compile:\n${built.stderr}`).toBe(0);

		// Each snippet in a package of its own (the same class name appears once per data center).
		const files = new Map<string, GeneratedSnippet>();
		for (const s of snippetsOf('java')) {
			const cls = /^public\s+(?:final\s+)?class\s+(\w+)/m.exec(s.text)?.[1];
			expect(cls, `${where(s)} declares no public class`).toBeDefined();
			const pkg = `s_${snippetName(s).replace(/-/g, '_')}`;
			files.set(work.write(`java/${pkg}/${cls}.java`, `package ${pkg};\n${s.text}\n`), s);
		}
		const r = spawnSync('javac', ['-nowarn', '-cp', join(work.dir, 'java-classes'), '-d', join(work.dir, 'java-out'), ...files.keys()], { encoding: 'utf8' });
		const problems = [...r.stderr.matchAll(/^(\/.+?\.java):(\d+): error: (.*)$/gm)].map((m) => {
			const s = files.get(m[1]!);
			// Line numbers: one line (the package) was added on top.
			return `${s ? where(s) : m[1]} line ${Number(m[2]) - 1}: ${m[3]}`;
		});
		if (r.status !== 0 && problems.length === 0) problems.push(r.stderr);
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe.skipIf(!TOOLS.python3)('Python snippets compile (python3 -m py_compile)', () => {
	it('every client type × data center', { timeout: 60_000 }, () => {
		const files = new Map(snippetsOf('python').map((s) => [work.write(`python/${snippetName(s).replace(/-/g, '_')}.py`, s.text), s]));
		const r = spawnSync('python3', ['-m', 'py_compile', ...files.keys()], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONPYCACHEPREFIX: join(work.dir, 'pycache') } });
		const problems = r.status === 0 ? [] : [...files].filter(([f]) => r.stderr.includes(f)).map(([, s]) => `${where(s)}: ${r.stderr.trim()}`);
		if (r.status !== 0 && problems.length === 0) problems.push(r.stderr);
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe.skipIf(!TOOLS.php)('PHP snippets pass php -l', () => {
	it('every client type × data center', { timeout: 60_000 }, () => {
		const problems: string[] = [];
		for (const s of snippetsOf('php')) {
			const file = work.write(`php/${snippetName(s)}.php`, s.text);
			const r = spawnSync('php', ['-l', file], { encoding: 'utf8' });
			if (r.status !== 0) problems.push(`${where(s)}: ${(r.stdout + r.stderr).trim()}`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

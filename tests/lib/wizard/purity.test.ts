// The wizard core must run unchanged at build time, in islands and in node: only `zod` and
// relative imports, and no DOM or node globals.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..', 'src', 'lib');
const FILES = [
	...readdirSync(join(ROOT, 'wizard')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'wizard', f)),
	join(ROOT, 'schemas', 'wizard.ts'),
];
const FORBIDDEN_GLOBALS = /\b(window|document|localStorage|sessionStorage|location|navigator|process|Buffer|require)\s*[.[(]/;

describe('wizard core purity', () => {
	it.each(FILES.map((f) => ({ f, name: f.slice(ROOT.length + 1) })))('$name imports only zod and relative files', ({ f }) => {
		const src = readFileSync(f, 'utf8');
		const specifiers = [...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
		for (const s of specifiers) expect(s === 'zod' || s?.startsWith('./') || s?.startsWith('../'), s).toBe(true);
		const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(code).not.toMatch(FORBIDDEN_GLOBALS);
	});
});

// The domain core (src/lib) must run unchanged at build time, in islands and in node: it may
// import only zod and its own files, and touch no browser or node globals.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '..', 'src', 'lib');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
	});
}

const files = walk(LIB);
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const GLOBAL_RE = /\b(window|document|localStorage|sessionStorage|location|navigator|process)\s*[.[]/g;

/** Import specifiers a file uses. */
export function importsOf(source: string): string[] {
	return [...source.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('src/lib purity', () => {
	it('has files to check', () => {
		expect(files.length).toBeGreaterThan(5);
	});
	it.each(files.map((f) => [relative(LIB, f), f]))('%s imports only zod and relative files', (_name, file) => {
		const bad = importsOf(readFileSync(file, 'utf8')).filter((s) => s !== 'zod' && !s.startsWith('.'));
		expect(bad).toEqual([]);
	});
	it.each(files.map((f) => [relative(LIB, f), f]))('%s touches no browser or node globals', (_name, file) => {
		const src = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
		expect([...src.matchAll(GLOBAL_RE)].map((m) => m[1])).toEqual([]);
	});
	it('the checker itself catches a forbidden import', () => {
		expect(importsOf("import { create } from 'zustand';\nimport x from './y';")).toEqual(['zustand', './y']);
	});
});

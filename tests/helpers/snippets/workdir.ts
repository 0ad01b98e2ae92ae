// Scratch folders for compiling and running snippets. Those that import the SDK packages live under
// node_modules/.cache/, so Node's and TypeScript's module resolution find the installed packages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A fresh folder; `inProject` puts it where the project's node_modules resolve. */
export function makeWorkdir(name: string, inProject = false): { dir: string; write: (rel: string, text: string) => string; remove: () => void } {
	const base = inProject ? join(ROOT, 'node_modules', '.cache') : tmpdir();
	mkdirSync(base, { recursive: true });
	const dir = mkdtempSync(join(base, `${name}-`));
	return {
		dir,
		write(rel, text) {
			const path = join(dir, rel);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, text);
			return path;
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

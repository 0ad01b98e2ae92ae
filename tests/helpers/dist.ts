// Reads the built site (dist/) as files: every HTML route, for tests that check the whole build
// rather than a hand-kept list of pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
export const hasDist = () => existsSync(join(DIST, 'index.html'));

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (f === 'pagefind' || f === '_astro') return [];
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** Every HTML page of the build as its URL path (`/wizard/`, `/404.html`), sorted. */
export function listHtmlRoutes(): string[] {
	if (!hasDist()) return [];
	return walk(DIST)
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${relative(DIST, f)}`.replace(/index\.html$/, ''))
		.sort();
}

/** Every JSON file of the build as its URL path. */
export function listJsonRoutes(): string[] {
	if (!hasDist()) return [];
	return walk(DIST)
		.filter((f) => f.endsWith('.json'))
		.map((f) => `/${relative(DIST, f)}`)
		.sort();
}

/** The file that serves a URL path, or null. */
export function fileForPath(path: string): string | null {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
	for (const candidate of [join(DIST, clean), join(DIST, clean, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export const readDist = (file: string) => readFileSync(file, 'utf8');

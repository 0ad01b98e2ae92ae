// Reads a built site as files: every HTML route, for tests that check the whole build rather than
// a hand-kept list of pages. Two builds exist: dist/ (base `/`) and dist-base/ (base `/guide/`,
// `npm run build:base`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** One build: its folder and the base path it was built for. */
export interface BuiltSite {
	name: 'root' | 'base';
	dir: string;
	/** `/` or `/guide/`. */
	base: string;
	hasDist(): boolean;
	/** Every HTML page as its URL path under the base (`/guide/wizard/`, `/guide/404.html`), sorted. */
	listHtmlRoutes(): string[];
	/** Every JSON file as its URL path under the base. */
	listJsonRoutes(): string[];
	/** The file that serves a URL path (with the base), or null, also for paths outside the base. */
	fileForPath(path: string): string | null;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (f === 'pagefind' || f === '_astro') return [];
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

export function builtSite(name: BuiltSite['name'], folder: string, base: string): BuiltSite {
	const dir = join(ROOT, folder);
	const has = () => existsSync(join(dir, 'index.html'));
	const routes = (ext: string) =>
		has()
			? walk(dir)
					.filter((f) => f.endsWith(ext))
					.map((f) => `${base}${relative(dir, f)}`.replace(/index\.html$/, ''))
					.sort()
			: [];
	return {
		name,
		dir,
		base,
		hasDist: has,
		listHtmlRoutes: () => routes('.html'),
		listJsonRoutes: () => routes('.json'),
		fileForPath: (path) => {
			const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
			if (!`${clean}/`.startsWith(base)) return null;
			const rel = clean.slice(base.length);
			for (const candidate of [join(dir, rel), join(dir, rel, 'index.html')]) {
				if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
			}
			return null;
		},
	};
}

/** The root build (dist/). */
export const ROOT_SITE = builtSite('root', 'dist', '/');
/** The base-path build (dist-base/, served under /guide/). */
export const BASE_SITE = builtSite('base', 'dist-base', '/guide/');

export const DIST = ROOT_SITE.dir;
export const hasDist = ROOT_SITE.hasDist;
export const listHtmlRoutes = ROOT_SITE.listHtmlRoutes;
export const listJsonRoutes = ROOT_SITE.listJsonRoutes;
export const fileForPath = ROOT_SITE.fileForPath;
export const readDist = (file: string) => readFileSync(file, 'utf8');

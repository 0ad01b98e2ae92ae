// Loads every collection of the manifest (src/lib/content/manifest.ts) straight from disk and
// parses it with the same zod schemas the Astro build uses, so tests see exactly the data the site
// is built from, in the same order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { COLLECTIONS, sortBundle, type CollectionKey, type CollectionSource, type ContentBundle } from '../../src/lib/content/manifest';

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

function parseOrThrow(schema: z.ZodType, data: unknown, where: string): object {
	const r = schema.safeParse(data);
	if (!r.success) {
		const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`${where} does not match its schema:\n${lines.join('\n')}`);
	}
	return r.data as object;
}

const listFiles = (dir: string, ext: RegExp) =>
	existsSync(join(CONTENT_DIR, dir)) ? readdirSync(join(CONTENT_DIR, dir)).filter((f) => ext.test(f)).sort() : [];

function loadList(rel: string, schema: z.ZodType): object[] {
	if (!existsSync(join(CONTENT_DIR, rel))) return [];
	const data = parseYaml(readFileSync(join(CONTENT_DIR, rel), 'utf8'));
	if (!Array.isArray(data)) throw new Error(`content/${rel} must be a YAML list of entries`);
	return data.map((d, i) => ({ ...parseOrThrow(schema, d, `content/${rel} entry ${i}`), file: `content/${rel}` }));
}

function loadCollection(source: CollectionSource, schema: z.ZodType): object[] {
	if (source.kind === 'list') return loadList(source.file, schema);
	if (source.kind === 'lists') {
		return [source.file, ...listFiles(source.dir, /\.ya?ml$/).map((f) => `${source.dir}/${f}`)].flatMap((rel) => loadList(rel, schema));
	}
	const ext = source.kind === 'pages' ? /\.mdx?$/ : /\.ya?ml$/;
	return listFiles(source.dir, ext).map((f) => {
		const rel = `${source.dir}/${f}`;
		const text = readFileSync(join(CONTENT_DIR, rel), 'utf8');
		const data = source.kind === 'pages' ? parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : parseYaml(text);
		return { ...parseOrThrow(schema, data, `content/${rel}`), id: f.replace(ext, ''), file: `content/${rel}` };
	});
}

/** Every collection, parsed and sorted, in the same shape the build hands to pages. */
export function loadContent(): ContentBundle {
	const keys = Object.keys(COLLECTIONS) as CollectionKey[];
	return sortBundle(Object.fromEntries(keys.map((k) => [k, loadCollection(COLLECTIONS[k].source, COLLECTIONS[k].schema)])) as unknown as ContentBundle);
}

// The site's one door to content: loads every collection of the manifest, checks cross-references
// once per build and hands pages plain, sorted data. A broken reference fails the build with file
// and field.
import { getCollection, type CollectionKey as AstroCollection } from 'astro:content';
import { COLLECTIONS, sortBundle, type CollectionKey, type ContentBundle } from '../lib/content/manifest';
import { checkContentIntegrity, formatIntegrityIssues } from '../lib/content/integrity';

let cached: Promise<ContentBundle> | undefined;

async function load(): Promise<ContentBundle> {
	const keys = Object.keys(COLLECTIONS) as CollectionKey[];
	const loaded = await Promise.all(
		keys.map(async (key) => {
			const entries = await getCollection(COLLECTIONS[key].name as AstroCollection);
			return [key, entries.map((e) => ({ ...(e.data as object), id: e.id, file: e.filePath ?? '(unknown file)' }))] as const;
		}),
	);
	const bundle = sortBundle(Object.fromEntries(loaded) as unknown as ContentBundle);
	const issues = checkContentIntegrity(bundle);
	if (issues.length > 0) throw new Error(formatIntegrityIssues(issues));
	return bundle;
}

/** All site content, validated and cross-checked. Memoized for the build. */
export function getSiteContent(): Promise<ContentBundle> {
	cached ??= load();
	return cached;
}

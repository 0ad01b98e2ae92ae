// An Astro content loader for a collection spread over several YAML lists: given files plus every
// `*.yaml` in a folder (e.g. content/endpoints.yaml and content/endpoints/*.yaml, one per Zoho
// service). Each item needs an `id`, unique across all the files; `filePath` names its own file so
// build errors point at it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads the YAML lists in `files` (paths from the project root) and in `dir`, in that order. */
export function yamlListsLoader(files: string[], dir: string): Loader {
	return {
		name: 'yaml-lists-loader',
		load: async ({ config, parseData, store, logger, watcher }) => {
			const root = fileURLToPath(config.root);
			const inDir = existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${dir}/${f}`) : [];
			const seen = new Map<string, string>();
			store.clear();
			for (const rel of [...files, ...inDir]) {
				const abs = join(root, rel);
				if (!existsSync(abs)) continue;
				watcher?.add(abs);
				const data: unknown = parse(readFileSync(abs, 'utf8'));
				if (!Array.isArray(data)) throw new Error(`${rel} must be a YAML list of entries, each with an \`id\``);
				for (const [i, item] of data.entries()) {
					const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : '';
					if (!id) throw new Error(`${rel} entry ${i} has no \`id\``);
					const first = seen.get(id);
					if (first) throw new Error(`${rel}: id \`${id}\` is already used in ${first}; ids must be unique across the collection`);
					seen.set(id, rel);
					store.set({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath: abs }), filePath: rel });
				}
			}
			logger.debug(`Loaded ${seen.size} entries from ${files.length + inDir.length} files`);
		},
	};
}

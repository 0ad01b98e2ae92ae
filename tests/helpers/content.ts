// Loads every file under content/ straight from disk and parses it with the same zod schemas the
// Astro build uses, so tests see exactly the data the site is built from.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
	ClientTypeSchema,
	DataCenterSchema,
	EndpointSchema,
	GlossaryTermSchema,
	OperationSchema,
	ServiceCatalogSchema,
	TokenFactSchema,
} from '../../src/lib/schemas';

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

function readYaml(rel: string): unknown {
	return parseYaml(readFileSync(join(CONTENT_DIR, rel), 'utf8'));
}

function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, where: string): z.output<S> {
	const r = schema.safeParse(data);
	if (!r.success) {
		const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`${where} does not match its schema:\n${lines.join('\n')}`);
	}
	return r.data;
}

function listFiles(dir: string, ext: RegExp): string[] {
	const abs = join(CONTENT_DIR, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs).filter((f) => ext.test(f)).sort();
}

/** Array-of-entries YAML file (file() loader shape). */
function loadList<S extends z.ZodType>(schema: S, rel: string): z.output<S>[] {
	if (!existsSync(join(CONTENT_DIR, rel))) return [];
	const data = readYaml(rel);
	if (!Array.isArray(data)) throw new Error(`content/${rel} must be a YAML list of entries`);
	return data.map((d, i) => parseOrThrow(schema, d, `content/${rel} entry ${i}`));
}

/** One YAML file per entry (glob() loader shape); id = file name without extension. */
function loadDir<S extends z.ZodType>(schema: S, dir: string): (z.output<S> & { id: string })[] {
	return listFiles(dir, /\.ya?ml$/).map((f) => ({
		...(parseOrThrow(schema, readYaml(join(dir, f)), `content/${dir}/${f}`) as object),
		id: f.replace(/\.ya?ml$/, ''),
	})) as (z.output<S> & { id: string })[];
}

export function loadContent() {
	return {
		operations: loadList(OperationSchema, 'operations.yaml'),
		services: loadDir(ServiceCatalogSchema, 'scopes'),
		endpoints: loadList(EndpointSchema, 'endpoints.yaml'),
		dataCenters: loadList(DataCenterSchema, 'data-centers.yaml'),
		clientTypes: loadDir(ClientTypeSchema, 'client-types'),
		tokenFacts: loadList(TokenFactSchema, 'token-facts.yaml'),
		glossary: loadList(GlossaryTermSchema, 'glossary.yaml'),
	};
}

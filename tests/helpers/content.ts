// Loads every file under content/ straight from disk and parses it with the same zod schemas the
// Astro build uses, so tests see exactly the data the site is built from.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
	ChecklistPhaseFileSchema,
	ClientTypeSchema,
	DataCenterSchema,
	EndpointSchema,
	GlossaryTermSchema,
	OperationSchema,
	ServiceCatalogSchema,
	SnippetFileSchema,
	TokenFactSchema,
	TroubleshootCauseSchema,
	WalkthroughSchema,
	WizardQuestionSchema,
} from '../../src/lib/schemas';
import type { ContentBundle } from '../../src/lib/content/bundle';

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

/** Array-of-entries YAML file (file() loader shape); each entry gets `file`. */
function loadList<S extends z.ZodType>(schema: S, rel: string): (z.output<S> & { file: string })[] {
	if (!existsSync(join(CONTENT_DIR, rel))) return [];
	const data = readYaml(rel);
	if (!Array.isArray(data)) throw new Error(`content/${rel} must be a YAML list of entries`);
	return data.map((d, i) => ({ ...(parseOrThrow(schema, d, `content/${rel} entry ${i}`) as object), file: `content/${rel}` })) as (z.output<S> & {
		file: string;
	})[];
}

/** One YAML file per entry (glob() loader shape); id = file name without extension. */
function loadDir<S extends z.ZodType>(schema: S, dir: string): (z.output<S> & { id: string; file: string })[] {
	return listFiles(dir, /\.ya?ml$/).map((f) => ({
		...(parseOrThrow(schema, readYaml(join(dir, f)), `content/${dir}/${f}`) as object),
		id: f.replace(/\.ya?ml$/, ''),
		file: `content/${dir}/${f}`,
	})) as (z.output<S> & { id: string; file: string })[];
}

/** Front matter of every MDX/MD file in a folder. */
function loadFrontmatter<S extends z.ZodType>(schema: S, dir: string): (z.output<S> & { id: string; file: string })[] {
	return listFiles(dir, /\.mdx?$/).map((f) => {
		const text = readFileSync(join(CONTENT_DIR, dir, f), 'utf8');
		const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
		return {
			...(parseOrThrow(schema, parseYaml(fm), `content/${dir}/${f}`) as object),
			id: f.replace(/\.mdx?$/, ''),
			file: `content/${dir}/${f}`,
		};
	}) as (z.output<S> & { id: string; file: string })[];
}

/** Every collection, parsed, in the same shape the build hands to pages. */
export function loadContent(): ContentBundle {
	return {
		operations: loadList(OperationSchema, 'operations.yaml'),
		services: loadDir(ServiceCatalogSchema, 'scopes'),
		endpoints: loadList(EndpointSchema, 'endpoints.yaml'),
		dataCenters: loadList(DataCenterSchema, 'data-centers.yaml'),
		clientTypes: loadDir(ClientTypeSchema, 'client-types'),
		tokenFacts: loadList(TokenFactSchema, 'token-facts.yaml'),
		glossary: loadList(GlossaryTermSchema, 'glossary.yaml'),
		walkthroughs: loadFrontmatter(WalkthroughSchema, 'walkthroughs'),
		wizardQuestions: loadList(WizardQuestionSchema, 'wizard/questions.yaml'),
		checklistSteps: loadDir(ChecklistPhaseFileSchema, 'checklist-steps'),
		snippets: loadDir(SnippetFileSchema, 'snippets'),
		troubleshootCauses: loadList(TroubleshootCauseSchema, 'troubleshoot/causes.yaml'),
	} as ContentBundle;
}

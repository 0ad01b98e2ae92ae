// Every content collection in one place: its Astro name, where its files live under content/, its
// schema and its display order. The Astro config, the build's loader (src/content/site-content.ts)
// and the tests' loader (tests/helpers/content.ts) all read this, so a new collection is one entry.
import type { z } from 'zod';
import {
	ApiServiceSchema,
	ChecklistPhaseFileSchema,
	CoverageEdgeSchema,
	ClientTypeSchema,
	DataCenterSchema,
	EndpointSchema,
	GlossaryTermSchema,
	OperationSchema,
	SdkApiFileSchema,
	ServiceCatalogSchema,
	SnippetFileSchema,
	TokenFactSchema,
	TroubleshootCauseSchema,
	TroubleshootCueSchema,
	TroubleshootErrorSchema,
	WalkthroughSchema,
	WizardQuestionSchema,
} from '../schemas';

/**
 * Where a collection's entries live, relative to content/:
 * - `list`: one YAML file holding a list of entries, each with an `id`;
 * - `files`: one YAML file per entry (id = file name);
 * - `pages`: Markdown/MDX files whose front matter is the entry (id = file name);
 * - `lists`: the list in `file` plus every YAML list in `dir` (e.g. one file per Zoho service).
 */
export type CollectionSource =
	| { kind: 'list'; file: string }
	| { kind: 'files' | 'pages'; dir: string }
	| { kind: 'lists'; file: string; dir: string };

interface CollectionDef<N extends string, S extends z.ZodType> {
	/** Astro collection name (`getCollection(name)`). */
	name: N;
	source: CollectionSource;
	schema: S;
}

const def = <N extends string, S extends z.ZodType>(name: N, source: CollectionSource, schema: S): CollectionDef<N, S> => ({
	name,
	source,
	schema,
});

export const COLLECTIONS = {
	clientTypes: def('client-types', { kind: 'files', dir: 'client-types' }, ClientTypeSchema),
	dataCenters: def('data-centers', { kind: 'list', file: 'data-centers.yaml' }, DataCenterSchema),
	operations: def('operations', { kind: 'list', file: 'operations.yaml' }, OperationSchema),
	services: def('scopes', { kind: 'files', dir: 'scopes' }, ServiceCatalogSchema),
	endpoints: def('endpoints', { kind: 'lists', file: 'endpoints.yaml', dir: 'endpoints' }, EndpointSchema),
	coverage: def('scope-coverage', { kind: 'list', file: 'scope-coverage.yaml' }, CoverageEdgeSchema),
	apiServices: def('api-services', { kind: 'list', file: 'api-services.yaml' }, ApiServiceSchema),
	tokenFacts: def('token-facts', { kind: 'list', file: 'token-facts.yaml' }, TokenFactSchema),
	glossary: def('glossary', { kind: 'list', file: 'glossary.yaml' }, GlossaryTermSchema),
	walkthroughs: def('walkthroughs', { kind: 'pages', dir: 'walkthroughs' }, WalkthroughSchema),
	wizardQuestions: def('wizard-questions', { kind: 'list', file: 'wizard/questions.yaml' }, WizardQuestionSchema),
	checklistSteps: def('checklist-steps', { kind: 'files', dir: 'checklist-steps' }, ChecklistPhaseFileSchema),
	snippets: def('snippets', { kind: 'files', dir: 'snippets' }, SnippetFileSchema),
	sdkApi: def('sdk-api', { kind: 'files', dir: 'sdk-api' }, SdkApiFileSchema),
	troubleshootCauses: def('troubleshoot-causes', { kind: 'list', file: 'troubleshoot/causes.yaml' }, TroubleshootCauseSchema),
	troubleshootErrors: def('troubleshoot-errors', { kind: 'list', file: 'troubleshoot/errors.yaml' }, TroubleshootErrorSchema),
	troubleshootCues: def('troubleshoot-cues', { kind: 'list', file: 'troubleshoot/cues.yaml' }, TroubleshootCueSchema),
} as const;

export type CollectionKey = keyof typeof COLLECTIONS;

/** Where an entry came from, so messages can name the file. */
export interface FromFile {
	id: string;
	/** Path relative to the project root, e.g. `content/endpoints.yaml`. */
	file: string;
}

/** Every content collection, parsed, as the build and the tests see it. */
export type ContentBundle = { [K in CollectionKey]: (z.output<(typeof COLLECTIONS)[K]['schema']> & FromFile)[] };

type Sortable = { order?: number; term?: string; service?: string };
/** Display order of a collection's entries (content order where none is set). */
const ORDER: Partial<Record<CollectionKey, (a: Sortable, b: Sortable) => number>> = {
	clientTypes: (a, b) => a.order! - b.order!,
	dataCenters: (a, b) => a.order! - b.order!,
	services: (a, b) => a.order! - b.order! || a.service!.localeCompare(b.service!),
	apiServices: (a, b) => a.order! - b.order!,
	glossary: (a, b) => a.term!.localeCompare(b.term!),
	walkthroughs: (a, b) => a.order! - b.order!,
	wizardQuestions: (a, b) => a.order! - b.order!,
};

/** Puts each collection's entries in display order (a new bundle). */
export function sortBundle(bundle: ContentBundle): ContentBundle {
	const out = { ...bundle } as Record<CollectionKey, Sortable[]>;
	for (const [key, cmp] of Object.entries(ORDER) as [CollectionKey, (a: Sortable, b: Sortable) => number][]) {
		out[key] = [...(bundle[key] as Sortable[])].sort(cmp);
	}
	return out as unknown as ContentBundle;
}

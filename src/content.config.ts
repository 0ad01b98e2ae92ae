// One collection per folder or file under the top-level content/. Schemas come from src/lib/schemas,
// so the build, the islands and the node tests validate content the same way. A file that breaks a
// schema fails `astro build` with the collection, entry and field; cross-references are checked by
// src/content/site-content.ts (also at build time).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
} from './lib/schemas';

export const collections = {
	'client-types': defineCollection({
		loader: glob({ base: './content/client-types', pattern: '*.yaml' }),
		schema: ClientTypeSchema,
	}),
	'data-centers': defineCollection({ loader: file('./content/data-centers.yaml'), schema: DataCenterSchema }),
	operations: defineCollection({ loader: file('./content/operations.yaml'), schema: OperationSchema }),
	scopes: defineCollection({
		loader: glob({ base: './content/scopes', pattern: '*.yaml' }),
		schema: ServiceCatalogSchema,
	}),
	endpoints: defineCollection({ loader: file('./content/endpoints.yaml'), schema: EndpointSchema }),
	'token-facts': defineCollection({ loader: file('./content/token-facts.yaml'), schema: TokenFactSchema }),
	glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: GlossaryTermSchema }),
	'wizard-questions': defineCollection({ loader: file('./content/wizard/questions.yaml'), schema: WizardQuestionSchema }),
	'checklist-steps': defineCollection({
		loader: glob({ base: './content/checklist-steps', pattern: '*.yaml' }),
		schema: ChecklistPhaseFileSchema,
	}),
	snippets: defineCollection({ loader: glob({ base: './content/snippets', pattern: '*.yaml' }), schema: SnippetFileSchema }),
	'troubleshoot-causes': defineCollection({
		loader: file('./content/troubleshoot/causes.yaml'),
		schema: TroubleshootCauseSchema,
	}),
	walkthroughs: defineCollection({
		loader: glob({ base: './content/walkthroughs', pattern: '*.{md,mdx}' }),
		schema: WalkthroughSchema,
	}),
} satisfies Record<string, ReturnType<typeof defineCollection>>;

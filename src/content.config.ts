// One Astro collection per entry of src/lib/content/manifest.ts (folders and files under the
// top-level content/), with the schemas from src/lib/schemas. A file that breaks a schema fails
// `astro build` with the collection, entry and field; cross-references are checked by
// src/content/site-content.ts (also at build time).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'zod';
import { COLLECTIONS, type CollectionSource } from './lib/content/manifest';
import { yamlListsLoader } from './content/yaml-lists-loader';

function collection<S extends z.ZodType>({ source, schema }: { source: CollectionSource; schema: S }) {
	const loader =
		source.kind === 'list'
			? file(`./content/${source.file}`)
			: source.kind === 'lists'
				? yamlListsLoader([`content/${source.file}`], `content/${source.dir}`)
				: glob({ base: `./content/${source.dir}`, pattern: source.kind === 'pages' ? '*.{md,mdx}' : '*.yaml' });
	return defineCollection({ loader, schema });
}

const C = COLLECTIONS;
// Written out (not generated) so Astro's types know each collection by name.
export const collections = {
	[C.clientTypes.name]: collection(C.clientTypes),
	[C.dataCenters.name]: collection(C.dataCenters),
	[C.operations.name]: collection(C.operations),
	[C.services.name]: collection(C.services),
	[C.endpoints.name]: collection(C.endpoints),
	[C.coverage.name]: collection(C.coverage),
	[C.apiServices.name]: collection(C.apiServices),
	[C.tokenFacts.name]: collection(C.tokenFacts),
	[C.glossary.name]: collection(C.glossary),
	[C.walkthroughs.name]: collection(C.walkthroughs),
	[C.wizardQuestions.name]: collection(C.wizardQuestions),
	[C.checklistSteps.name]: collection(C.checklistSteps),
	[C.snippets.name]: collection(C.snippets),
	[C.sdkApi.name]: collection(C.sdkApi),
	[C.troubleshootCauses.name]: collection(C.troubleshootCauses),
	[C.troubleshootErrors.name]: collection(C.troubleshootErrors),
	[C.troubleshootCues.name]: collection(C.troubleshootCues),
};

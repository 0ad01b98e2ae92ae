// The site's one door to content: loads every collection, checks cross-references once per build
// and hands pages plain, sorted data. A broken reference fails the build with file and field.
import { getCollection } from 'astro:content';
import type { ContentBundle } from '../lib/content/bundle';
import { checkContentIntegrity, formatIntegrityIssues } from '../lib/content/integrity';

let cached: Promise<ContentBundle> | undefined;

async function load(): Promise<ContentBundle> {
	const [clientTypes, dataCenters, operations, scopes, endpoints, tokenFacts, glossary, walkthroughs, wizardQuestions, checklistSteps, snippets, troubleshootCauses] =
		await Promise.all([
			getCollection('client-types'),
			getCollection('data-centers'),
			getCollection('operations'),
			getCollection('scopes'),
			getCollection('endpoints'),
			getCollection('token-facts'),
			getCollection('glossary'),
			getCollection('walkthroughs'),
			getCollection('wizard-questions'),
			getCollection('checklist-steps'),
			getCollection('snippets'),
			getCollection('troubleshoot-causes'),
		]);
	const withFile = <T extends { id: string; data: object; filePath?: string | undefined }>(entries: T[]) =>
		entries.map((e) => ({ ...(e.data as T['data']), id: e.id, file: e.filePath ?? '(unknown file)' }));
	const bundle: ContentBundle = {
		clientTypes: withFile(clientTypes).sort((a, b) => a.order - b.order),
		dataCenters: withFile(dataCenters).sort((a, b) => a.order - b.order),
		operations: withFile(operations),
		services: withFile(scopes).sort((a, b) => a.order - b.order || a.service.localeCompare(b.service)),
		endpoints: withFile(endpoints),
		tokenFacts: withFile(tokenFacts),
		glossary: withFile(glossary).sort((a, b) => a.term.localeCompare(b.term)),
		walkthroughs: withFile(walkthroughs).sort((a, b) => a.order - b.order),
		wizardQuestions: withFile(wizardQuestions).sort((a, b) => a.order - b.order),
		checklistSteps: withFile(checklistSteps),
		snippets: withFile(snippets),
		troubleshootCauses: withFile(troubleshootCauses),
	};
	const issues = checkContentIntegrity(bundle);
	if (issues.length > 0) throw new Error(formatIntegrityIssues(issues));
	return bundle;
}

/** All site content, validated and cross-checked. Memoized for the build. */
export function getSiteContent(): Promise<ContentBundle> {
	cached ??= load();
	return cached;
}

// Page data for the setup checklist (/checklist/): the island's trimmed content, the SDK snippets
// highlighted at build time, and the per-type links of the no-JS list.
import { getSiteContent } from '../content/site-content';
import { highlightSnippets } from '../content/highlight-snippets';
import { checklistChoicesView, checklistContent, type ChecklistContent } from '../lib/checklists/view';
import { routes } from '../routes';

/** The island's full content, served as /data/checklist.json and loaded once a client type is chosen. */
export async function getChecklistData(): Promise<ChecklistContent> {
	const content = await getSiteContent();
	return { ...checklistContent(content), highlights: await highlightSnippets(content.snippets) };
}

/** Everything /checklist/ needs. */
export async function getChecklistPageData() {
	const content = await getSiteContent();
	const full = checklistContent(content);
	return {
		choices: checklistChoicesView(full, { form: routes.checklist(), wizard: routes.wizard(), scopes: routes.scopes() }),
		dataUrl: routes.checklistData(),
		byType: full.clientTypes.map((t) => ({
			shortName: t.shortName,
			summary: t.summary,
			checklistHref: routes.checklist({ clientType: t.id }),
			aboutHref: routes.clientType(t.id),
		})),
		clientTypesHref: routes.clientTypes(),
		walkthroughsHref: routes.walkthroughs(),
	};
}

// Page data for the setup checklist (/checklist/): the island's trimmed content, the SDK snippets
// highlighted at build time, and the per-type links of the no-JS list.
import { getSiteContent } from '../content/site-content';
import { highlightSnippets } from '../content/highlight-snippets';
import { checklistContent, type ChecklistContent } from '../lib/checklists/view';
import { routes } from '../routes';

/** Everything /checklist/ needs. */
export async function getChecklistPageData() {
	const content = await getSiteContent();
	const island: ChecklistContent = { ...checklistContent(content), highlights: await highlightSnippets(content.snippets) };
	return {
		island,
		byType: island.clientTypes.map((t) => ({
			shortName: t.shortName,
			summary: t.summary,
			checklistHref: routes.checklist({ clientType: t.id }),
			aboutHref: routes.clientType(t.id),
		})),
		clientTypesHref: routes.clientTypes(),
		walkthroughsHref: routes.walkthroughs(),
	};
}

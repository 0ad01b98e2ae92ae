// Page data for the walkthroughs: the list (/walkthroughs/) and each story (/walkthroughs/<slug>/).
import { getCollection, type CollectionEntry } from 'astro:content';
import { getSiteContent } from '../content/site-content';
import { routes } from '../routes';

/** The list page: each walkthrough with its client type's name. */
export async function getWalkthroughListData() {
	const { walkthroughs, clientTypes } = await getSiteContent();
	const typeName = new Map(clientTypes.map((t) => [t.id, t.shortName]));
	return {
		walkthroughs: walkthroughs.map((w) => ({ ...w, href: routes.walkthrough(w.id), typeName: typeName.get(w.clientType) ?? w.clientType })),
		clientTypesHref: routes.clientTypes(),
		checklistHref: routes.checklist(),
	};
}

/** The static paths of /walkthroughs/[slug]: one per MDX file. */
export async function getWalkthroughPaths() {
	const entries = await getCollection('walkthroughs');
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/**
 * One walkthrough: its client type and data center, links that open the same story in the tools,
 * and its steps (headings written as `<h2 id="step-…">` in the MDX, so anchors never change with
 * wording).
 */
export async function getWalkthroughPageData(entry: CollectionEntry<'walkthroughs'>) {
	const w = entry.data;
	const { clientTypes, dataCenters } = await getSiteContent();
	const type = clientTypes.find((t) => t.id === w.clientType);
	const dc = dataCenters.find((d) => d.id === w.dc);
	if (!type || !dc) throw new Error(`Walkthrough ${entry.id}: unknown client type \`${w.clientType}\` or data center \`${w.dc}\`.`);
	const steps = [...(entry.body ?? '').matchAll(/<h2 id="(step-[a-z0-9-]+)">([^<]*)<\/h2>/g)].map((m) => ({ id: m[1]!, text: m[2]!, href: `#${m[1]!}` }));
	return {
		w,
		type: { shortName: type.shortName, href: routes.clientType(type.id) },
		dc,
		steps,
		listHref: routes.walkthroughs(),
		links: {
			wizard: routes.wizard(w.wizard),
			scopes: routes.scopes(w.scopes),
			checklist: routes.checklist({ clientType: w.clientType, dc: w.dc, scopes: w.scopes, lang: w.lang }),
		},
	};
}

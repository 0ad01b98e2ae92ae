// Page data for the client types: the comparison (/client-types/) and each type's page.
import { getSiteContent } from '../content/site-content';
import type { ClientTypeId } from '../lib/ids';
import { routes } from '../routes';

/** The console fields the comparison table shows, in column order. */
const COMPARED_FIELDS = [
	{ id: 'client-name', label: 'Client name' },
	{ id: 'homepage-url', label: 'Homepage URL' },
	{ id: 'redirect-uri', label: 'Redirect URI' },
	{ id: 'js-domain', label: 'JavaScript domain' },
] as const;

/** The comparison page. */
export async function getClientTypeListData() {
	const { clientTypes } = await getSiteContent();
	return {
		clientTypes: clientTypes.map((t) => ({ ...t, href: routes.clientType(t.id) })),
		fields: COMPARED_FIELDS,
		wizardHref: routes.wizard(),
	};
}

/** The static paths of /client-types/[id]. */
export async function getClientTypePaths() {
	const { clientTypes } = await getSiteContent();
	return clientTypes.map((t) => ({ params: { id: t.id } }));
}

/** One client type's page: the type, its walkthroughs and the other types. */
export async function getClientTypePageData(id: string) {
	const { clientTypes, walkthroughs } = await getSiteContent();
	const t = clientTypes.find((c) => c.id === id);
	if (!t) throw new Error(`No client type \`${id}\` in content/client-types/.`);
	return {
		t,
		listHref: routes.clientTypes(),
		checklistHref: routes.checklist({ clientType: t.id as ClientTypeId }),
		related: walkthroughs.filter((w) => w.clientType === t.id).map((w) => ({ title: w.title, href: routes.walkthrough(w.id) })),
		others: clientTypes.filter((c) => c.id !== t.id).map((o) => ({ shortName: o.shortName, summary: o.summary, href: routes.clientType(o.id) })),
	};
}

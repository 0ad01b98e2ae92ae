// Page data for the home page: the client types and the sizes of the catalogs.
import { getSiteContent } from '../content/site-content';
import { routes } from '../routes';

export async function getHomePageData() {
	const { clientTypes, walkthroughs, services, endpoints } = await getSiteContent();
	return {
		clientTypes: clientTypes.map((t) => ({ shortName: t.shortName, summary: t.summary, href: routes.clientType(t.id) })),
		walkthroughCount: walkthroughs.length,
		scopeCount: services.reduce((n, s) => n + s.scopes.length, 0),
		endpointCount: endpoints.length,
	};
}

import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { compactCatalog } from '../../lib/scopes';

/** Compact catalog the scope composer island loads (same origin). Not a public API: use /api/. */
export const GET: APIRoute = async () => {
	const c = await getSiteContent();
	return new Response(JSON.stringify(compactCatalog(c)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

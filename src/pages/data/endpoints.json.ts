import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { compactEndpointData } from '../../lib/scopes/compact';

/** Endpoint data the composer loads when its endpoint picker is used. Not a public API: use /api/. */
export const GET: APIRoute = async () => {
	const c = await getSiteContent();
	return new Response(JSON.stringify(compactEndpointData(c)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

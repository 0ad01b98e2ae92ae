import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { compactScopeData } from '../../lib/scopes/compact';

/** Scope data the composer and the troubleshooter load first (same origin). Not a public API: use /api/. */
export const GET: APIRoute = async () => {
	const c = await getSiteContent();
	return new Response(JSON.stringify(compactScopeData(c)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

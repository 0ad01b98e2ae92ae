import type { APIRoute } from 'astro';
import { getChecklistData } from '../../page-data/checklist';

/** The checklist island's content (steps, snippets, highlighting), loaded once a client type is chosen. Not a public API. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getChecklistData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

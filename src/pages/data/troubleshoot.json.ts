import type { APIRoute } from 'astro';
import { getTroubleshootData } from '../../page-data/troubleshoot';

/** The troubleshooter's rules, vocabulary, cues, facts and names, loaded on first use. Not a public API. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getTroubleshootData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

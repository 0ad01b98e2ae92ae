import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/** Zoho CRM REST endpoints with the scope groups each needs (all groups; any one scope per group). */
export const GET: APIRoute = async () => jsonResponse('endpoints', (await getSiteContent()).endpoints);

import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/**
 * Zoho REST endpoints of every service in the catalog (CRM, Desk, Analytics, Books, Inventory,
 * Bigin, …), each with `service`, `method`, `path`, `scopeGroups` (all groups; any one scope per
 * group), `sources` and `confidence`.
 */
export const GET: APIRoute = async () => jsonResponse('endpoints', (await getSiteContent()).endpoints);

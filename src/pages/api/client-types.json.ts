import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/** The five client types with console fields, flows, secrets and sources. */
export const GET: APIRoute = async () => jsonResponse('client-types', (await getSiteContent()).clientTypes);

import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/** Per Zoho service: its API base per data center and the ids every call needs, with sources. */
export const GET: APIRoute = async () => jsonResponse('api-services', (await getSiteContent()).apiServices);

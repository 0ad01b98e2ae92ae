import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/** Zoho data centers: accounts server, API domain and console URL. */
export const GET: APIRoute = async () => jsonResponse('data-centers', (await getSiteContent()).dataCenters);

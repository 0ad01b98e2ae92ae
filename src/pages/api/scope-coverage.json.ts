import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/** "Scope A covers scope B" rules, each `documented` (with the Zoho source) or `inferred`. */
export const GET: APIRoute = async () => jsonResponse('scope-coverage', (await getSiteContent()).coverage);

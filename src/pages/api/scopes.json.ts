import type { APIRoute } from 'astro';
import { getSiteContent } from '../../content/site-content';
import { jsonResponse } from '../../content/json-response';

/** Operation types and the full scope catalog per service. */
export const GET: APIRoute = async () => {
	const { operations, services } = await getSiteContent();
	return jsonResponse('scopes', { operations, services });
};

// robots.txt with the sitemap's address for the URL and base path the site was built with.
import type { APIRoute } from 'astro';
import { routes } from '../routes';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(routes.file('sitemap-index.xml'), site);
	return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

// Astro integration: public/_headers names paths from the site root (`/*`, `/_astro/*`). Built
// under a base path (BASE_PATH=/guide/), the site is served from `/guide/`, so the copy in the
// build output gets the base in front of each path rule.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Prefixes the path rules of a `_headers` file (lines starting with `/`) with `base`.
 * @param {string} text  the file
 * @param {string} base  `/` or `/guide/`
 */
export function prefixHeaderPaths(text, base) {
	const prefix = base.replace(/\/$/, '');
	if (!prefix) return text;
	return text.replace(/^\/(?!\/)/gm, `${prefix}/`);
}

/** @returns {import('astro').AstroIntegration} */
export function deployHeaders() {
	let base = '/';
	return {
		name: 'zoho-guide:deploy-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir }) => {
				const file = fileURLToPath(new URL('_headers', dir));
				let text;
				try {
					text = await readFile(file, 'utf8');
				} catch {
					return; // no _headers in public/: nothing to adjust
				}
				await writeFile(file, prefixHeaderPaths(text, base));
			},
		},
	};
}

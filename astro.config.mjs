// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { shikiStylesToClasses } from './src/markdown/shiki-classes.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.mjs';
import { headingAnchors } from './src/markdown/heading-anchors.mjs';
import { bareLinks } from './src/markdown/bare-links.mjs';
import { deployHeaders } from './src/integrations/deploy-headers.mjs';
import { normalizeBase } from './src/lib/routes.ts';
import { LINK_FLAG_HASH } from './src/layouts/link-flag.mjs';

// Where the site is deployed (README, "Deploy"):
//   SITE_URL   its origin (and path, if any), for the sitemap, canonical and Open Graph URLs;
//   BASE_PATH  the path it is served under, e.g. `/guide/` for a GitHub Pages project site;
//   OUT_DIR    where the build goes (tests build a second copy under a base path).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH);

// Content-Security-Policy as a <meta> tag with hashes of every script and style Astro emits:
// only the site's own resources load or run; nothing connects anywhere but this origin.
// 'wasm-unsafe-eval' lets Pagefind's search (WebAssembly from pagefind/) run. The deploy files
// (_headers, nginx) repeat the same policy as a header (src/integrations/deploy-headers.mjs).
export default defineConfig({
	site,
	base,
	outDir: process.env.OUT_DIR || './dist',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [react(), mdx(), sitemap(), deployHeaders()],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// The one inline script of our own (src/layouts/link-flag.mjs) is allowed by its hash.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [LINK_FLAG_HASH] },
		},
	},
	devToolbar: { enabled: false },
	// Code loaded on first use (an island's engine, a link codec) is fetched when needed; no preload
	// helper ships with every page to prefetch what it imports.
	vite: {
		plugins: [
			{
				name: 'zoho-guide:no-module-preload',
				enforce: 'post',
				configEnvironment(name, config) {
					if (name === 'client') config.build = { ...config.build, modulePreload: false };
				},
			},
		],
	},
	// Code blocks are highlighted at build time; colours become classes (src/styles/code-colors.css)
	// because the CSP allows no inline style attributes. In Markdown/MDX content (src/markdown/):
	// links written by hand get the base path; headings with an id (walkthrough steps) get a `#`
	// link after them; links whose text is their address are marked so print does not spell it
	// out twice.
	markdown: {
		processor: satteri({ hastPlugins: [baseLinks(base), headingAnchors, bareLinks] }),
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, transformers: [shikiStylesToClasses()] },
	},
});

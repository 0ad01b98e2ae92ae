// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { shikiStylesToClasses } from './src/markdown/shiki-classes.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/heading-anchors.mjs';
import { bareLinks } from './src/markdown/bare-links.mjs';

// Static site. `site` is only used for absolute URLs in the sitemap and link previews.
export default defineConfig({
	site: 'https://zoho-oauth-guide.example',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [react(), mdx(), sitemap()],
	// Content-Security-Policy as a <meta> tag with hashes of every script and style Astro emits:
	// only the site's own resources load or run; nothing connects anywhere but this origin.
	// 'wasm-unsafe-eval' lets Pagefind's search (WebAssembly from /pagefind/) run.
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
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	devToolbar: { enabled: false },
	// Code blocks are highlighted at build time; colours become classes (src/styles/code-colors.css)
	// because the CSP allows no inline style attributes.
	// Headings with an id (walkthrough steps) get a `#` link after them; links whose text is their
	// address are marked so print does not spell it out twice (src/markdown/).
	markdown: {
		processor: satteri({ hastPlugins: [headingAnchors, bareLinks] }),
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, transformers: [shikiStylesToClasses()] },
	},
});

// Printed pages spell out each external link's address after its text (src/styles/global.css,
// `@media print`). A link whose text already is its address (a Markdown autolink, as in the
// walkthroughs' source lists) would print it twice, so this Sätteri hast plugin marks it
// `class="bare-url"` and the print style leaves it alone. "Already is" ignores the scheme, `www.`
// and a trailing slash: `[api-console.zoho.com](https://api-console.zoho.com/)` counts.

/** An address without the parts people leave out when they write it. */
const bare = (url) => url.trim().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/** For `markdown.processor: satteri({ hastPlugins: [bareLinks] })`; MDX inherits it. */
export const bareLinks = {
	name: 'zoho-guide:bare-links',
	element: {
		filter: ['a'],
		visit(node, ctx) {
			const href = node.properties?.href;
			if (typeof href !== 'string' || bare(ctx.textContent(node)) !== bare(href)) return;
			const classes = node.properties.className;
			ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), 'bare-url']);
		},
	},
};

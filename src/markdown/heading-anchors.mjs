// A link on every heading that has an id, as documentation sites do: trainers copy the link to one
// step of a walkthrough. Walkthroughs write their step headings as `<h2 id="step-…">` (MDX JSX, so
// the id never changes with the wording); this Sätteri hast plugin puts each such heading in a
// `<div class="heading-anchor">` with an `#` link after it. Plain HTML at build time: the link
// works without JavaScript.

const TAGS = ['h2', 'h3', 'h4'];

/** The accessible name of the link: steps (`step-…` ids) are named as steps, other headings as sections. */
export function anchorLabel(id, text) {
	return `Link to the ${id.startsWith('step-') ? 'step' : 'section'} “${text.trim().replace(/\s+/g, ' ')}”`;
}

/** The wrapper for a heading with this id and text: `div.heading-anchor > [heading, a.anchor-link]`. */
function wrapper(tag, id, text) {
	const link = {
		type: 'element',
		tagName: 'a',
		properties: { className: ['anchor-link'], href: `#${id}`, ariaLabel: anchorLabel(id, text), dataPagefindIgnore: '' },
		children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
	};
	return { type: 'element', tagName: 'div', properties: { className: ['heading-anchor', `heading-anchor-${tag}`] }, children: [link] };
}

/** For `markdown.processor: satteri({ hastPlugins: [headingAnchors] })`; MDX inherits it. */
export const headingAnchors = {
	name: 'zoho-guide:heading-anchors',
	// Headings written as MDX JSX: `<h2 id="step-register">Step 1: …</h2>`.
	mdxJsxFlowElement: {
		filter: TAGS,
		visit(node, ctx) {
			const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
			if (typeof id === 'string' && id) ctx.wrapNode(node, wrapper(node.name, id, ctx.textContent(node)));
		},
	},
	// Headings written in Markdown that got an id (from a plugin or raw HTML in .md).
	element: {
		filter: TAGS,
		visit(node, ctx) {
			const id = node.properties?.id;
			if (typeof id === 'string' && id) ctx.wrapNode(node, wrapper(node.tagName, id, ctx.textContent(node)));
		},
	},
};

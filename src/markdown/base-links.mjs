// Markdown/MDX (Sätteri) hast plugin: root-relative links and images written in content
// (`[wizard](/wizard/)`) get the site's base path, so content stays base-agnostic and still works
// under `/guide/`. Code and pages build their links with src/routes.ts; this covers what authors
// write by hand.

/**
 * @param {string} base  the normalized base path: `/` or `/guide/`
 * @returns {import('satteri').HastPluginDefinition}
 */
export function baseLinks(base) {
	const prefix = base.replace(/\/$/, '');
	/** @param {unknown} v */
	const rewrite = (v) =>
		typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !(prefix && (v === prefix || v.startsWith(`${prefix}/`)))
			? `${prefix}${v}`
			: undefined;
	return {
		name: 'base-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				if (!prefix) return;
				for (const attr of ['href', 'src']) {
					const next = rewrite(node.properties?.[attr]);
					if (next !== undefined) ctx.setProperty(node, attr, next);
				}
			},
		},
	};
}

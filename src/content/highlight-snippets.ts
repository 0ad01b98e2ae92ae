// Build-time highlighting of the SDK snippet templates (content/snippets/*.yaml) with Shiki, as
// coloured segments with the placeholders kept, so the checklist island can fill in the user's
// values without shipping a highlighter. Colours are classes (src/styles/code-colors.css).
import { codeToTokens, type BundledLanguage } from 'shiki';
import { splitPlaceholders, type HighlightSegment } from '../lib/checklists';
import type { ContentBundle } from '../lib/content/bundle';
import { styleToClasses } from '../markdown/shiki-classes.mjs';

/** Segments per snippet, keyed `<lang>/<snippet id>`. */
export async function highlightSnippets(snippets: ContentBundle['snippets']): Promise<Record<string, HighlightSegment[]>> {
	const out: Record<string, HighlightSegment[]> = {};
	for (const file of snippets) {
		for (const snippet of file.snippets) {
			const { tokens } = await codeToTokens(snippet.code.trimEnd(), {
				lang: file.fence as BundledLanguage,
				themes: { light: 'github-light', dark: 'github-dark' },
			});
			const segments: HighlightSegment[] = [];
			tokens.forEach((line, i) => {
				if (i > 0) segments.push({ text: '\n' });
				for (const t of line) {
					const style = Object.entries(t.htmlStyle ?? {})
						.map(([k, v]) => `${k}:${v}`)
						.join(';');
					const className = styleToClasses(style).join(' ');
					segments.push(...splitPlaceholders(t.content, className || undefined));
				}
			});
			out[`${file.lang}/${snippet.id}`] = segments;
		}
	}
	return out;
}

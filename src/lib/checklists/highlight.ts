// Code highlighted at build time, filled at run time. The build tokenizes each snippet template
// (placeholders still in it); the page fills the user's values into the coloured tokens by lining
// them up against the generated text. Anything that does not line up is shown as plain text.

/** A piece of a highlighted template: literal text, or a `{{placeholder}}` the generator fills. */
export interface HighlightSegment {
	text: string;
	/** Colour classes (see src/styles/code-colors.css). */
	className?: string;
	placeholder?: boolean;
}

/** A piece of the final code, ready to render as `<span className>{text}</span>`. */
export interface HighlightedPiece {
	text: string;
	className?: string;
}

const PLACEHOLDER = /(\{\{\w+\}\})/;

/** Splits one token of a template into literal and placeholder segments. */
export function splitPlaceholders(text: string, className?: string): HighlightSegment[] {
	return text
		.split(PLACEHOLDER)
		.filter((part) => part !== '')
		.map((part) => ({ text: part, ...(className ? { className } : {}), ...(PLACEHOLDER.test(part) ? { placeholder: true } : {}) }));
}

function align(segments: readonly HighlightSegment[], text: string): HighlightedPiece[] | null {
	const out: HighlightedPiece[] = [];
	let at = 0;
	for (let i = 0; i < segments.length; i++) {
		const seg = segments[i]!;
		const cls = seg.className ? { className: seg.className } : {};
		if (!seg.placeholder) {
			if (!text.startsWith(seg.text, at)) return null;
			out.push({ text: seg.text, ...cls });
			at += seg.text.length;
			continue;
		}
		const next = segments.slice(i + 1).find((s) => !s.placeholder && s.text !== '');
		const end = next ? text.indexOf(next.text, at) : text.length;
		if (end < 0) return null;
		if (end > at) out.push({ text: text.slice(at, end), ...cls });
		at = end;
	}
	return at === text.length ? out : null;
}

/**
 * Fills highlighted template segments with the values in `text` (the generator's output for the
 * same template). A first line the template lacks (a warning comment) stays plain. Returns null
 * when the two cannot be lined up, so the caller shows plain text.
 */
export function fillHighlight(segments: readonly HighlightSegment[], text: string): HighlightedPiece[] | null {
	const whole = align(segments, text);
	if (whole) return whole;
	const nl = text.indexOf('\n');
	if (nl < 0) return null;
	const rest = align(segments, text.slice(nl + 1));
	return rest ? [{ text: text.slice(0, nl + 1) }, ...rest] : null;
}

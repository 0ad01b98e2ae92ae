// Line breaking for diagram text (SVG has no text wrapping of its own). Widths are counted in
// characters; the caller converts its pixel budget with its own character-width estimate.

/** Where a URL-like word may break: before these characters, as style guides break URLs… */
const URL_BREAKS = new Set(['/', '?', '&', '=', '#', ',']);
/** …of which these (path and query separators, not `key=value`) may also end a line the word starts on. */
const HEAD_BREAKS = new Set(['/', '?', '&', '#']);
/** …and, failing those, before these (`accounts.zoho.com`, `access_token`). */
const WORD_BREAKS = new Set(['.', '_']);
/** No piece of a broken word shorter than this: a stub reads worse than a hard break. */
const MIN_PIECE = 4;

/** Positions in `word` (from MIN_PIECE up to `upTo`) where it may break before one of `chars`. */
const breaksIn = (word: string, chars: Set<string>, upTo: number) =>
	[...word.slice(0, upTo + 1)].flatMap((c, i) => (i >= MIN_PIECE && chars.has(c) ? [i] : []));

/** Splits one word longer than `max` into pieces of at most `max` characters. */
function splitWord(word: string, max: number): string[] {
	const pieces: string[] = [];
	let rest = word;
	while (rest.length > max) {
		const cuts = [URL_BREAKS, WORD_BREAKS].map((chars) => breaksIn(rest, chars, max)).find((c) => c.length > 0) ?? [];
		// Where the rest then fits on one line, take the most even split; otherwise fill this line.
		const fits = cuts.filter((i) => rest.length - i <= max);
		const evenness = (i: number) => Math.max(i, rest.length - i);
		const cut = fits.length > 0 ? fits.reduce((a, b) => (evenness(b) < evenness(a) ? b : a)) : (cuts.at(-1) ?? max);
		pieces.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	pieces.push(rest);
	return pieces;
}

/**
 * Breaks `text` into lines of at most `maxChars` characters: at spaces where possible. A word
 * longer than a line breaks before `/`, `?`, `&`, `#`, `=` or `,`, then `.` or `_`, or hard when it
 * offers none; its first piece may end the current line if it breaks before `/`, `?`, `&` or `#`.
 * No character other than white space is lost or added.
 *
 * @example wrapText('302 to redirect_uri?code&state', 16) → ['302 to', 'redirect_uri', '?code&state']
 */
export function wrapText(text: string, maxChars: number): string[] {
	const max = Math.max(1, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	for (let word of text.trim().split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length <= max) {
			line += ` ${word}`;
			continue;
		}
		const room = max - line.length - 1;
		// A word that needs breaking anyway may start on this line.
		if (line && word.length > max && room >= MIN_PIECE) {
			const head = breaksIn(word, HEAD_BREAKS, room).at(-1);
			if (head !== undefined) {
				line += ` ${word.slice(0, head)}`;
				word = word.slice(head);
			}
		}
		if (line) lines.push(line);
		const pieces = word.length > max ? splitWord(word, max) : [word];
		lines.push(...pieces.slice(0, -1));
		line = pieces.at(-1)!;
	}
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [''];
}

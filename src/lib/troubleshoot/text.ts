// The input as the extractors read it: escaped JSON inside log lines made plain (`\"` → `"`,
// `\/` → `/`), split into lines, with a way back from an offset to the line it sits on. Evidence
// lines are clipped around the match and have every secret redacted.
import { redactForDisplay } from '../secrets';
import type { EvidenceLine, LineSource } from './types';

/** Longest paste read; the rest is ignored. */
export const MAX_PASTE_LENGTH = 50_000;
/** Longest evidence line shown. */
export const MAX_EVIDENCE_LENGTH = 160;

/** One input (the paste or a form field), ready for the extractors. */
export interface Doc {
	source: LineSource;
	text: string;
	/** Offset of each line's first character. */
	starts: number[];
}

/** Prepares one input. Never throws; non-strings become empty. */
export function prepareDoc(input: unknown, source: LineSource, max = MAX_PASTE_LENGTH): Doc {
	const raw = typeof input === 'string' ? input.slice(0, max) : '';
	const text = raw.replace(/\\+"/g, '"').replace(/\\\//g, '/').replace(/\r\n?/g, '\n');
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return { source, text, starts };
}

/** 0-based index of the line holding `offset`. */
export function lineIndexAt(doc: Doc, offset: number): number {
	let lo = 0;
	let hi = doc.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((doc.starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The text of a line (0-based). */
export function lineText(doc: Doc, index: number): string {
	const start = doc.starts[index] ?? 0;
	const next = doc.starts[index + 1];
	return doc.text.slice(start, next === undefined ? undefined : next - 1);
}

/** Characters read on each side of a match before redacting, so a key and its secret stay together. */
const WINDOW = 300;

/**
 * The evidence line for a match at `offset` (length `length`): the line around the match, secrets
 * redacted (known secrets first, then any opaque token-like run), control characters removed,
 * clipped to `MAX_EVIDENCE_LENGTH`. Reads only a window of the line, so long one-line logs stay fast.
 */
export function evidenceAt(doc: Doc, offset: number, length = 0): EvidenceLine {
	const index = lineIndexAt(doc, offset);
	const start = doc.starts[index] ?? 0;
	const next = doc.starts[index + 1];
	const end = next === undefined ? doc.text.length : next - 1;
	const from = Math.max(start, offset - WINDOW);
	const to = Math.min(end, offset + length + WINDOW);
	const match = doc.text.slice(offset, offset + length);
	// eslint-disable-next-line no-control-regex
	let text = redactForDisplay(doc.text.slice(from, to)).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
	const pos = match && text.includes(match) ? text.indexOf(match) : Math.min(offset - from, text.length);
	const cutStart = from > start;
	const cutEnd = to < end;
	if (text.length > MAX_EVIDENCE_LENGTH || cutStart || cutEnd) {
		const a = Math.max(0, Math.min(pos - 60, text.length - MAX_EVIDENCE_LENGTH));
		const b = Math.min(text.length, Math.max(a + MAX_EVIDENCE_LENGTH, pos + length + 20));
		text = `${a > 0 || cutStart ? '…' : ''}${text.slice(a, b)}${b < text.length || cutEnd ? '…' : ''}`;
	}
	text = text.trim();
	return doc.source === 'paste' ? { source: 'paste', line: index + 1, text } : { source: doc.source, text };
}

/** Regex-escapes a literal. */
export function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

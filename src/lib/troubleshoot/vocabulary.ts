// Finds the documented error literals (content/troubleshoot/errors.yaml) in the input: codes as
// whole tokens (case-sensitive, longest first, so `INVALID TOKEN ERROR` does not also count as
// `TOKEN ERROR`), values of error fields in any case, numeric codes only where a code stands, and
// message phrases in any case. Values of error fields that are not known are kept as unknown.
import { escapeRe, evidenceAt, type Doc } from './text';
import type { EvidenceLine, VocabularyEntry } from './types';

/** One documented error found in the input. */
export interface ErrorMatch {
	entry: VocabularyEntry;
	/** The literal as written in the vocabulary. */
	literal: string;
	line: EvidenceLine;
	/** `number`: only the numeric code was seen (no code or phrase of the entry), so it counts half. */
	strength: 'full' | 'number';
}

/** An error-shaped value the vocabulary does not know. */
export interface UnknownError {
	value: string;
	line: EvidenceLine;
}

interface Compiled {
	codes: { code: string; re: RegExp; entry: VocabularyEntry }[];
	/** Exact spelling first, then any case (`invalid_token` and `INVALID_TOKEN` are different errors). */
	byExact: Map<string, { literal: string; entry: VocabularyEntry }>;
	byValue: Map<string, { literal: string; entry: VocabularyEntry }>;
	byNumber: Map<string, VocabularyEntry[]>;
	phrases: { phrase: string; lower: string; entry: VocabularyEntry }[];
}

const cache = new WeakMap<readonly VocabularyEntry[], Compiled>();
/** A code that is an ordinary word (`expired`): counted only as a field value or a line of its own. */
const isWordLike = (code: string) => /^[a-z]+$/.test(code);
const FIELD_RE = /["']?\b(error|error_?code|errorcode|code|message|msg|error_description)["']?\s*[:=]\s*["']?([^"'\n,}&]{1,80})/gi;
const PARAM_RE = /[?&#]error=([^&#\s"']{1,80})/gi;
const CODE_NUMBER_RE = /\b(?:code|error_?code|errorcode)["']?\s*[:=]?\s*\(?["']?(\d{1,6})\b/gi;
const LINE_NUMBER_RE = /^\s*(\d{3,6})\s+[A-Z]/gm;
const CODE_LIKE_RE = /^[A-Za-z][A-Za-z0-9 _.-]{2,59}$/;
const NOT_CODES = new Set(['error', 'errors', 'failure', 'success', 'failed', 'true', 'false', 'null', 'undefined', 'none', 'ok']);

function compile(entries: readonly VocabularyEntry[]): Compiled {
	const hit = cache.get(entries);
	if (hit) return hit;
	const codes: Compiled['codes'] = [];
	const byValue: Compiled['byValue'] = new Map();
	const byExact: Compiled['byExact'] = new Map();
	const byNumber: Compiled['byNumber'] = new Map();
	const phrases: Compiled['phrases'] = [];
	for (const entry of entries) {
		for (const code of entry.codes) {
			if (!isWordLike(code)) codes.push({ code, re: new RegExp(`(?<![A-Za-z0-9_])${escapeRe(code)}(?![A-Za-z0-9_])`, 'g'), entry });
			if (!byValue.has(code.toLowerCase())) byValue.set(code.toLowerCase(), { literal: code, entry });
			byExact.set(code, { literal: code, entry });
		}
		for (const n of entry.numbers) byNumber.set(n, [...(byNumber.get(n) ?? []), entry]);
		for (const phrase of entry.phrases) phrases.push({ phrase, lower: phrase.toLowerCase(), entry });
	}
	codes.sort((a, b) => b.code.length - a.code.length);
	const out = { codes, byExact, byValue, byNumber, phrases };
	cache.set(entries, out);
	return out;
}

function decode(v: string): string {
	try {
		return decodeURIComponent(v.replace(/\+/g, ' ')).trim();
	} catch {
		return v.trim();
	}
}

/**
 * Every documented error in the documents, once per entry (first occurrence), plus unknown
 * error values. Never throws.
 * @example matchVocabulary([prepareDoc('{"error":"invalid_code"}', 'paste')], errors).matches[0]?.entry.id // 'accounts-invalid-code'
 */
export function matchVocabulary(docs: readonly Doc[], entries: readonly VocabularyEntry[]): { matches: ErrorMatch[]; unknown: UnknownError[] } {
	const c = compile(entries);
	const found = new Map<string, ErrorMatch>();
	const numberOnly = new Map<string, ErrorMatch>();
	const unknown: UnknownError[] = [];
	/** Adds the first match of an entry; the evidence line is computed only then. */
	const add = (entry: VocabularyEntry, literal: string, doc: Doc, at: number, length: number, strength: ErrorMatch['strength']) => {
		const into = strength === 'number' ? numberOnly : found;
		if (found.has(entry.id) || into.has(entry.id)) return;
		into.set(entry.id, { entry, literal, line: evidenceAt(doc, at, length), strength });
	};
	for (const doc of docs) {
		// Codes as tokens, longest first; characters of a matched code are claimed, so shorter codes inside it do not count.
		const claimed = new Uint8Array(doc.text.length);
		for (const { code, re, entry } of c.codes) {
			re.lastIndex = 0;
			for (const m of doc.text.matchAll(re)) {
				const at = m.index ?? 0;
				if (claimed[at] || claimed[at + code.length - 1]) continue;
				claimed.fill(1, at, at + code.length);
				add(entry, code, doc, at, code.length, 'full');
			}
		}
		// Values of error fields and `error=` parameters, in any case; a line that is only a code.
		const values: [string, number][] = [];
		for (const m of doc.text.matchAll(FIELD_RE)) values.push([m[2] ?? '', (m.index ?? 0) + m[0].length - (m[2] ?? '').length]);
		for (const m of doc.text.matchAll(PARAM_RE)) values.push([decode(m[1] ?? ''), m.index ?? 0]);
		doc.text.split('\n').forEach((line, i) => values.push([line, doc.starts[i] ?? 0]));
		for (const [raw, at] of values) {
			const value = raw.trim();
			const known = c.byExact.get(value) ?? c.byValue.get(value.toLowerCase());
			if (known) add(known.entry, known.literal, doc, at, raw.length, 'full');
		}
		for (const m of doc.text.matchAll(FIELD_RE)) {
			const key = (m[1] ?? '').toLowerCase();
			const value = (m[2] ?? '').trim();
			if (!/^(error|error_?code|errorcode|code)$/.test(key) || c.byValue.has(value.toLowerCase()) || /^\d+$/.test(value)) continue;
			if (unknown.length < 5 && CODE_LIKE_RE.test(value) && !NOT_CODES.has(value.toLowerCase()) && !unknown.some((u) => u.value === value))
				unknown.push({ value, line: evidenceAt(doc, m.index ?? 0, m[0].length) });
		}
		// Numeric codes: after "code", as a code field's value, or opening a line ("4834 Invalid ticket").
		for (const re of [CODE_NUMBER_RE, LINE_NUMBER_RE]) {
			for (const m of doc.text.matchAll(re)) {
				for (const entry of c.byNumber.get(m[1] ?? '') ?? []) add(entry, m[1] ?? '', doc, m.index ?? 0, m[0].length, 'number');
			}
		}
		// Phrases, in any case.
		const lower = doc.text.toLowerCase();
		for (const { phrase, lower: lp, entry } of c.phrases) {
			const at = lower.indexOf(lp);
			if (at >= 0) add(entry, phrase, doc, at, phrase.length, 'full');
		}
	}
	for (const [id, m] of numberOnly) if (!found.has(id)) found.set(id, m);
	return { matches: [...found.values()], unknown: unknown.slice(0, 5) };
}

// Splits a pasted scope string into tokens with offsets into the original text. Commas are the
// separator Zoho documents; whitespace, `;`, `+` and URL-encoded separators are understood too
// (reported once), and a pasted URL or `scope=` fragment is narrowed to its scope value.
import type { ScopeIssue } from './types';

/** One scope-like run of characters. */
export interface RawToken {
	/** Text exactly as in the input. */
	raw: string;
	/** Text after decoding `%XX` escapes of ASCII characters. */
	text: string;
	start: number;
	end: number;
}

/** Longest input the parser reads; the rest is reported as `too_long` and ignored. */
export const MAX_SCOPE_INPUT_LENGTH = 20_000;

type Kind = 'token' | 'comma' | 'soft' | 'ignorable';
interface Unit {
	char: string;
	start: number;
	end: number;
	kind: Kind;
	/** Counts as a correct separator only when a literal comma (or `%2C` inside a URL). */
	plainComma: boolean;
}

const HEX2 = /^[0-9A-Fa-f]{2}$/;
const IGNORABLE = new Set(['"', "'", '`', '[', ']']);

function findUrlScopeRange(input: string): { from: number; to: number } | undefined {
	const m = /(?:^\s*|[?&#])scope=/i.exec(input);
	if (!m) return undefined;
	const from = m.index + m[0].length;
	const rest = input.slice(from).search(/[&#]/);
	return { from, to: rest === -1 ? input.length : from + rest };
}

function scanUnits(input: string, from: number, to: number, urlMode: boolean): Unit[] {
	const units: Unit[] = [];
	let i = from;
	while (i < to) {
		let char = input[i] ?? '';
		let end = i + 1;
		let encoded = false;
		const hex = input.slice(i + 1, i + 3);
		if (char === '%' && i + 3 <= to && HEX2.test(hex)) {
			const code = Number.parseInt(hex, 16);
			if (code < 0x80) {
				char = String.fromCharCode(code);
				end = i + 3;
				encoded = true;
			}
		}
		let kind: Kind = 'token';
		if (char === ',') kind = 'comma';
		else if (/\s/.test(char) || char === ';' || (char === '+' && !encoded)) kind = 'soft';
		else if (IGNORABLE.has(char)) kind = 'ignorable';
		if (urlMode && char === '+' && !encoded) char = ' ';
		units.push({ char, start: i, end, kind, plainComma: kind === 'comma' && (!encoded || urlMode) });
		i = end;
	}
	return units;
}

/**
 * Splits `input` into scope tokens and separator issues. Never throws.
 * @example tokenizeScopeString('A, B').tokens.map((t) => t.text) // ['A', 'B']
 */
export function tokenizeScopeString(input: string): { tokens: RawToken[]; issues: ScopeIssue[] } {
	const issues: ScopeIssue[] = [];
	let limit = input.length;
	if (input.length > MAX_SCOPE_INPUT_LENGTH) {
		limit = MAX_SCOPE_INPUT_LENGTH;
		const token = input.slice(limit, limit + 40);
		issues.push({ code: 'too_long', severity: 'error', token, start: limit, end: input.length, maxLength: limit });
	}
	const range = findUrlScopeRange(input.slice(0, limit));
	if (range) {
		const token = input.slice(0, range.from);
		issues.push({ code: 'extracted_from_url', severity: 'info', token, start: 0, end: range.from });
	}
	const units = scanUnits(input, range?.from ?? 0, range?.to ?? limit, range !== undefined);
	const tokens: RawToken[] = [];
	let sep: Unit[] = [];
	let nonComma: { start: number; end: number; count: number } | undefined;
	const closeSeparators = (atEnd: boolean) => {
		const commas = sep.filter((u) => u.kind === 'comma');
		const plain = commas.filter((u) => u.plainComma);
		const position = tokens.length === 0 ? 'leading' : atEnd ? 'trailing' : 'doubled';
		const stray = position === 'doubled' ? commas.slice(1) : commas;
		for (const u of stray) {
			issues.push({ code: 'stray_separator', severity: 'warning', token: input.slice(u.start, u.end), start: u.start, end: u.end, position });
		}
		const between = tokens.length > 0 && !atEnd;
		const odd = sep.some((u) => u.kind === 'soft' && !/\s/.test(u.char)) || commas.length !== plain.length;
		const soft = sep.filter((u) => u.kind !== 'ignorable');
		const first = soft[0];
		const lastSoft = soft[soft.length - 1];
		if (between && first && lastSoft && (plain.length === 0 || odd)) {
			if (nonComma) nonComma.count++;
			else nonComma = { start: first.start, end: lastSoft.end, count: 1 };
		}
		sep = [];
	};
	let current: { start: number; end: number; text: string } | undefined;
	for (const u of units) {
		if (u.kind === 'token') {
			if (!current) {
				closeSeparators(false);
				current = { start: u.start, end: u.end, text: '' };
			}
			current.text += u.char;
			current.end = u.end;
			continue;
		}
		if (current) {
			tokens.push({ raw: input.slice(current.start, current.end), text: current.text, start: current.start, end: current.end });
			current = undefined;
		}
		sep.push(u);
	}
	if (current) tokens.push({ raw: input.slice(current.start, current.end), text: current.text, start: current.start, end: current.end });
	closeSeparators(true);
	if (nonComma) {
		const { start, end, count } = nonComma;
		issues.push({ code: 'non_comma_separator', severity: 'warning', token: input.slice(start, end), start, end, count });
	}
	return { tokens, issues };
}

/**
 * The one scope-list splitter: the scopes of a list as the composer reads them (commas, white
 * space, `;`, `+`, `%2C`, a pasted URL's `scope=`). Every page that reads `s=` uses it, so a link
 * means the same list everywhere.
 * @example splitScopeList('A.b.READ; A.c.READ') // ['A.b.READ', 'A.c.READ']
 */
export function splitScopeList(input: string): string[] {
	return tokenizeScopeString(typeof input === 'string' ? input : '').tokens.map((t) => t.text);
}

// Small lexical helpers for reading snippet code without a full parser: blank out comments and the
// insides of string literals (keeping every offset), match brackets, split arguments, and read a
// chain of calls such as `.clientId(…).build()`.

export type CodeLang = 'java' | 'csharp' | 'php' | 'python' | 'js';

/** A string literal: its offsets (quotes included) and its content. */
export interface StringLiteral {
	start: number;
	end: number;
	value: string;
}

/**
 * Returns the code with comments and string contents replaced by spaces (quotes and newlines
 * kept, so offsets and line numbers stay valid), plus the string literals found.
 */
export function maskCode(code: string, lang: CodeLang): { masked: string; strings: StringLiteral[] } {
	const out = code.split('');
	const strings: StringLiteral[] = [];
	const blank = (from: number, to: number) => {
		for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
	};
	const hashComments = lang === 'python' || lang === 'php';
	let i = 0;
	while (i < code.length) {
		const c = code[i]!;
		const two = code.slice(i, i + 2);
		if (lang !== 'python' && two === '//') {
			const end = code.indexOf('\n', i);
			blank(i, end < 0 ? code.length : end);
			i = end < 0 ? code.length : end;
		} else if (hashComments && c === '#' && !(lang === 'php' && code[i + 1] === '[')) {
			const end = code.indexOf('\n', i);
			blank(i, end < 0 ? code.length : end);
			i = end < 0 ? code.length : end;
		} else if (lang !== 'python' && two === '/*') {
			const end = code.indexOf('*/', i + 2);
			const stop = end < 0 ? code.length : end + 2;
			blank(i, stop);
			i = stop;
		} else if (lang === 'python' && (code.startsWith('"""', i) || code.startsWith("'''", i))) {
			const q = code.slice(i, i + 3);
			const end = code.indexOf(q, i + 3);
			const stop = end < 0 ? code.length : end + 3;
			strings.push({ start: i, end: stop, value: code.slice(i + 3, stop - 3) });
			blank(i + 3, stop - 3);
			i = stop;
		} else if (c === '"' || c === "'" || (lang === 'js' && c === '`')) {
			let j = i + 1;
			while (j < code.length && code[j] !== c && !(code[j] === '\n' && c !== '`')) j += code[j] === '\\' ? 2 : 1;
			strings.push({ start: i, end: j + 1, value: code.slice(i + 1, j) });
			blank(i + 1, j);
			i = j + 1;
		} else i++;
	}
	return { masked: out.join(''), strings };
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Offset of the bracket closing the one at `open` (in masked code), or -1. */
export function closingBracket(masked: string, open: number): number {
	const stack: string[] = [];
	for (let i = open; i < masked.length; i++) {
		const c = masked[i]!;
		if (PAIRS[c]) stack.push(PAIRS[c]);
		else if (c === ')' || c === ']' || c === '}') {
			if (stack.pop() !== c) return -1;
			if (stack.length === 0) return i;
		}
	}
	return -1;
}

/** The top-level arguments between `open` and its closing bracket, trimmed; `[]` for `()`. */
export function splitArgs(masked: string, open: number): string[] {
	const close = closingBracket(masked, open);
	if (close < 0) return [];
	const args: string[] = [];
	let depth = 0;
	let from = open + 1;
	for (let i = open + 1; i < close; i++) {
		const c = masked[i]!;
		if (PAIRS[c]) depth++;
		else if (c === ')' || c === ']' || c === '}') depth--;
		else if (c === ',' && depth === 0) {
			args.push(masked.slice(from, i).trim());
			from = i + 1;
		}
	}
	args.push(masked.slice(from, close).trim());
	return args.length === 1 && args[0] === '' ? [] : args.filter((a, k) => a !== '' || k < args.length - 1);
}

/** One call in a chain: `.name(args)`. */
export interface ChainCall {
	name: string;
	/** Offset of the name. */
	at: number;
	/** Offset of its opening parenthesis. */
	open: number;
	argCount: number;
}

/**
 * Reads `op name(…) op name(…) …` starting at `from` (white space and newlines allowed between),
 * e.g. the builder calls after `new OAuthToken.Builder()`.
 */
export function readChain(masked: string, from: number, op: '.' | '->'): ChainCall[] {
	const calls: ChainCall[] = [];
	let i = from;
	const re = op === '.' ? /^\s*\.\s*([A-Za-z_]\w*)\s*\(/ : /^\s*->\s*([A-Za-z_]\w*)\s*\(/;
	for (;;) {
		const m = re.exec(masked.slice(i));
		if (!m) return calls;
		const open = i + m[0].length - 1;
		const close = closingBracket(masked, open);
		if (close < 0) return calls;
		calls.push({ name: m[1]!, at: i + m[0].indexOf(m[1]!), open, argCount: splitArgs(masked, open).length });
		i = close + 1;
	}
}

/** Names of methods declared inside the braces that open at `open` (one level deep). */
export function declaredMethodNames(masked: string, open: number, lang: CodeLang): string[] {
	const close = closingBracket(masked, open);
	const body = masked.slice(open + 1, close < 0 ? masked.length : close);
	const re =
		lang === 'php' ? /\bfunction\s+(\w+)\s*\(/g
		: lang === 'js' ? /^\s*(?:async\s+)?(\w+)\s*\([^)]*\)\s*(?::[^{]+)?\{/gm
		: /\b(\w+)\s*\([^)]*\)\s*(?:throws\s+[\w.,\s]+)?(?:\{|=>)/g;
	const names: string[] = [];
	for (const m of body.matchAll(re)) if (!['if', 'for', 'while', 'switch', 'catch'].includes(m[1]!)) names.push(m[1]!);
	return names;
}

/**
 * For `(new X(…))->call()` or `(await new X(…)).call()`: the length of the `)` that closes the
 * wrapping parenthesis right after the constructor call at `after`, so the chain is read from there;
 * 0 when the `new` is not wrapped (e.g. it is an argument, as in `.store(new X(…))`).
 */
export function wrappedNewEnd(masked: string, newAt: number, after: number): number {
	if (!/(?:^|[^\w$)\]])\(\s*(?:await\s+)?$/.test(masked.slice(0, newAt))) return 0;
	return /^\s*\)/.exec(masked.slice(after))?.[0].length ?? 0;
}

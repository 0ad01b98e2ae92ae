// The kinds of value a link parameter can hold. A kind reads one decoded, trimmed, non-empty value
// and writes a value back as text; the codec (codec.ts) does everything else the same way for all.
import type { UrlNoticeCode } from './notice';

/** What reading one value gave: the value, or why it was refused. */
export type ParamRead<T> = { ok: true; value: T } | { ok: false; code: Extract<UrlNoticeCode, 'invalid_value'> };

/** One kind of parameter value. */
export interface ParamKind<T> {
	/** Longest value read (decoded); a longer one is ignored with a `too_long` notice. */
	maxLength: number;
	/** Reads a decoded, trimmed, non-empty value. Never throws. */
	read(value: string): ParamRead<T>;
	/** The text for the link, or `undefined` to leave the parameter out. */
	write(value: T): string | undefined;
}

/**
 * One of a closed set of ids, read case-insensitively (`?dc=EU` → `eu`).
 * @example enumParam(['us', 'eu']).read('EU') // { ok: true, value: 'eu' }
 */
export function enumParam<V extends string>(values: readonly V[]): ParamKind<V> {
	const find = (v: string) => values.find((x) => x === v.toLowerCase());
	return {
		maxLength: 100,
		read: (v) => {
			const found = find(v);
			return found === undefined ? { ok: false, code: 'invalid_value' } : { ok: true, value: found };
		},
		write: (v) => find(v),
	};
}

/**
 * Free text of a given shape: `normalize` returns the canonical text, or `undefined` when the
 * text is not acceptable (e.g. an endpoint that is not `METHOD /path`).
 */
export function textParam(options: { maxLength: number; normalize: (text: string) => string | undefined }): ParamKind<string> {
	return {
		maxLength: options.maxLength,
		read: (v) => {
			const n = options.normalize(v);
			return n === undefined ? { ok: false, code: 'invalid_value' } : { ok: true, value: n };
		},
		write: (v) => options.normalize(v.trim()),
	};
}

/**
 * A scope list (`s=`), kept as written: the pages split it with the one scope-list splitter
 * (`splitScopeList` in src/lib/scopes) and each explains what it cannot use.
 */
export function scopeListParam(options: { maxLength: number }): ParamKind<string> {
	return {
		maxLength: options.maxLength,
		read: (v) => ({ ok: true, value: v }),
		write: (v) => (v.trim() === '' ? undefined : v.trim()),
	};
}

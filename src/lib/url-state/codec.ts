// One codec for every page that reads its link. A page describes its parameters (name, state key,
// kind); decoding and encoding then behave the same everywhere:
// - never throws; keys are trimmed and case-insensitive; empty values mean "not chosen";
// - unknown keys, invalid values, broken `%` sequences, repeats and over-long input are ignored,
//   each with a notice (at most 20), and the first valid value of a repeated key wins;
// - any value that looks like a token or secret is dropped and never echoed (one check, every page);
// - encoding writes the parameters in the spec's order and leaves out what is unset.
import { createBoundedList } from '../issues';
import { containsSecret } from '../secrets';
import type { ParamKind } from './kinds';
import { toNoticeText, urlNotice, type UrlNotice } from './notice';
import { readQuery } from './query';

/** One parameter: the state field it fills and its kind. */
export interface ParamSpec<Key extends string = string, T = unknown> {
	key: Key;
	kind: ParamKind<T>;
}

/** Describes a parameter filling state field `key` (defaults to the parameter's own name at the call site). */
export function param<Key extends string, T>(key: Key, kind: ParamKind<T>): ParamSpec<Key, T> {
	return { key, kind };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own value type
type Spec = Record<string, ParamSpec<string, any>>;

type ValueOf<K> = K extends ParamKind<infer T> ? T : never;

/** The state a spec describes: every field optional (decoding leaves out what the link lacks). */
export type UrlStateOf<P extends Spec> = { [N in keyof P as P[N]['key']]?: ValueOf<P[N]['kind']> };

/** What encoding accepts: the same fields, each also `undefined`. */
export type UrlStateInput<P extends Spec> = { [N in keyof P as P[N]['key']]?: ValueOf<P[N]['kind']> | undefined };

/** A page's link codec. */
export interface UrlStateCodec<P extends Spec> {
	/** Parameter names in canonical order. */
	params: readonly string[];
	/** Reads a query string (with or without `?`, or a whole URL). */
	decode(search: unknown): { state: UrlStateOf<P>; notices: UrlNotice[] };
	/** The canonical query string, without `?`; `''` when nothing is set. */
	encode(state: UrlStateInput<P>): string;
}

export interface UrlStateOptions {
	/** Longest query string read; the rest is ignored with a `too_long` notice. Default 16,000. */
	maxQueryLength?: number;
}

/** At most this many notices are returned for one link. */
export const MAX_URL_NOTICES = 20;

/** Parameter names whose values are never echoed in a notice (`client_secret=…`, `token=…`). */
const PRIVATE_NAME_RE = /client|secret|token|code|pass|key|auth/i;

/** Percent-encodes a value, keeping `,` (scope lists) and `/` (paths) readable. */
function encodeValue(text: string): string {
	return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/**
 * Builds the codec for a page from its parameters, in canonical order.
 * @example
 * const codec = defineUrlState({ dc: param('dc', enumParam(DC_IDS)) });
 * codec.decode('?dc=EU&x=1') // { state: { dc: 'eu' }, notices: [unknown_param x] }
 */
export function defineUrlState<const P extends Spec>(spec: P, options: UrlStateOptions = {}): UrlStateCodec<P> {
	const maxQueryLength = options.maxQueryLength ?? 16_000;
	const names = Object.keys(spec);

	function decode(search: unknown): { state: UrlStateOf<P>; notices: UrlNotice[] } {
		const state: Record<string, unknown> = {};
		const { items: notices, add } = createBoundedList<UrlNotice>(MAX_URL_NOTICES);
		const echo = (name: string, value: string) => (PRIVATE_NAME_RE.test(name) || containsSecret(value) ? '' : toNoticeText(value));
		const read = readQuery(search, maxQueryLength);
		if (read.overflow !== null) add(urlNotice('too_long', '', echo('', read.overflow)));
		const filled = new Set<string>();
		for (const { rawKey, rawValue, key, value } of read.pairs) {
			const name = (key ?? rawKey).trim().toLowerCase();
			const p = key === null ? undefined : spec[name];
			if (!p || !Object.hasOwn(spec, name)) {
				if (name !== '') add(urlNotice('unknown_param', toNoticeText(key ?? rawKey), echo(name, value ?? rawValue)));
				continue;
			}
			if (value === null) {
				add(urlNotice('bad_encoding', name, echo(name, rawValue)));
				continue;
			}
			const text = value.trim();
			if (text === '') continue;
			if (filled.has(name)) {
				add(urlNotice('repeated_param', name, echo(name, text)));
				continue;
			}
			if (containsSecret(text)) {
				add(urlNotice('secret_dropped', name, ''));
				continue;
			}
			if (text.length > p.kind.maxLength) {
				add(urlNotice('too_long', name, echo(name, text)));
				continue;
			}
			const r = p.kind.read(text);
			if (!r.ok) {
				add(urlNotice(r.code, name, echo(name, text)));
				continue;
			}
			state[p.key] = r.value;
			filled.add(name);
		}
		return { state: state as UrlStateOf<P>, notices };
	}

	function encode(state: UrlStateInput<P>): string {
		const values = state as Record<string, unknown>;
		const parts: string[] = [];
		for (const name of names) {
			const p = spec[name] as ParamSpec;
			const v = values[p.key];
			if (v === undefined || v === null || v === '') continue;
			const text = p.kind.write(v);
			if (text === undefined || text === '' || text.length > p.kind.maxLength || containsSecret(text)) continue;
			parts.push(`${name}=${encodeValue(text)}`);
		}
		return parts.join('&');
	}

	return { params: names, decode, encode };
}

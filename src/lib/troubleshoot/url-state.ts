// The troubleshooter's public URL contract:
//   /troubleshoot/?error=<code>&endpoint=<METHOD path>&s=<scopes>&dc=<dc>
// Only these non-secret parts are ever read or written; the pasted text never is. Decoding never
// throws: anything odd is ignored with a notice (code, param, value) like the other codecs, and a
// value that looks like a token or secret is dropped without being echoed.
import { DC_IDS, type DataCenterId } from '../ids';
import { createNoticeList, readQuery } from '../query';
import type { UrlNotice } from '../url-notices';
import { containsSecret } from './secrets';

export interface TroubleshootUrlState {
	error?: string;
	/** `METHOD /path`, e.g. `GET /crm/v8/Leads`. */
	endpoint?: string;
	/** Scope list as typed (only scope-shaped items, comma-separated). */
	scopes?: string;
	dc?: DataCenterId;
}

export interface DecodedTroubleshootParams {
	state: TroubleshootUrlState;
	notices: UrlNotice[];
}

export const MAX_QUERY_LENGTH = 8000;
export const MAX_ERROR_LENGTH = 60;
export const MAX_ENDPOINT_LENGTH = 300;
export const MAX_SCOPES_PARAM_LENGTH = 4000;
const MAX_NOTICES = 20;
const KEYS = ['error', 'endpoint', 's', 'dc'] as const;
type Key = (typeof KEYS)[number];
/** Parameter names whose values are never echoed in a notice. */
const PRIVATE_PARAM_RE = /client|secret|token|code|pass|key|auth/i;

// eslint-disable-next-line no-control-regex
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');

/** An error code: letters, digits, spaces, `_` and `-`, starting with a letter; no token shapes. */
export function isSafeErrorCode(value: string): boolean {
	return value.length <= MAX_ERROR_LENGTH && /^[A-Za-z][A-Za-z0-9 _-]*$/.test(value) && !/\d{6}/.test(value);
}

/** `METHOD /path` with a safe path: no query, no secrets, no spaces. */
export function isSafeEndpoint(value: string): boolean {
	return (
		value.length <= MAX_ENDPOINT_LENGTH &&
		/^(GET|POST|PUT|PATCH|DELETE) \/[A-Za-z0-9_.~{}/-]*$/.test(value) &&
		!containsSecret(value)
	);
}

/** Normalizes `get  https://host/crm/v8/Leads?x=1` to `GET /crm/v8/Leads`; undefined if not endpoint-shaped. */
export function normalizeEndpoint(value: string): string | undefined {
	const m = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(?:https?:\/\/[^/\s?#]+)?(\/[^\s?#]*)/i.exec(value);
	if (!m) return undefined;
	const out = `${(m[1] ?? '').toUpperCase()} ${m[2] ?? '/'}`;
	return isSafeEndpoint(out) ? out : undefined;
}

const SCOPE_ITEM_RE = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+\.[A-Za-z][A-Za-z-]*$/;

/** Splits a scope list into scope-shaped items (`Service.name.OP`) and the rest. */
export function splitScopeParam(value: string): { kept: string[]; dropped: string[] } {
	const kept: string[] = [];
	const dropped: string[] = [];
	let length = 0;
	for (const s of value.split(/[\s,;+]+/)) {
		if (s === '') continue;
		if (!SCOPE_ITEM_RE.test(s) || s.length > 200 || length + s.length + 1 > MAX_SCOPES_PARAM_LENGTH) dropped.push(s);
		else if (!kept.includes(s)) {
			kept.push(s);
			length += s.length + 1;
		}
	}
	return { kept, dropped };
}

/** Keeps the scope-shaped items of a list (`Service.name.OP`), comma-joined; drops anything else. */
export function safeScopeParam(value: string): string {
	return splitScopeParam(value).kept.join(',');
}

/**
 * Reads the troubleshooter state from a query string (with or without `?`, or a whole URL). Never
 * throws. Unknown, repeated, malformed, over-long or secret-looking values are ignored with a notice.
 * @example decodeTroubleshootParams('?error=OAUTH_SCOPE_MISMATCH&dc=eu').state // { error: 'OAUTH_SCOPE_MISMATCH', dc: 'eu' }
 */
export function decodeTroubleshootParams(search: string): DecodedTroubleshootParams {
	const state: TroubleshootUrlState = {};
	const { notices, add: note } = createNoticeList<UrlNotice>(MAX_NOTICES);
	const read = readQuery(search, MAX_QUERY_LENGTH);
	if (read.overflow !== null) note({ code: 'too_long', param: '', value: '' });
	const seen = new Set<Key>();
	for (const { rawKey, rawValue, key: decodedKey, value: decodedValue } of read.pairs) {
		const key = (decodedKey ?? rawKey).trim();
		const decoded = decodedValue ?? undefined;
		const echo = (v: string) => (PRIVATE_PARAM_RE.test(key) || containsSecret(v) ? '' : shown(v));
		if (!(KEYS as readonly string[]).includes(key)) {
			if (key !== '') note({ code: 'unknown_param', param: shown(key), value: echo(decoded ?? rawValue) });
			continue;
		}
		const k = key as Key;
		if (decoded === undefined) {
			note({ code: 'invalid_value', param: k, value: echo(rawValue) });
			continue;
		}
		const value = decoded.trim();
		if (value === '') continue;
		if (seen.has(k)) {
			note({ code: 'repeated_param', param: k, value: echo(value) });
			continue;
		}
		if (containsSecret(value)) {
			seen.add(k);
			note({ code: 'secret_dropped', param: k, value: '' });
			continue;
		}
		const limit = k === 'error' ? MAX_ERROR_LENGTH : k === 'endpoint' ? MAX_ENDPOINT_LENGTH : k === 's' ? MAX_SCOPES_PARAM_LENGTH : 10;
		if (value.length > limit) {
			seen.add(k);
			note({ code: 'too_long', param: k, value: '' });
			continue;
		}
		if (k === 'error') {
			if (!isSafeErrorCode(value)) note({ code: 'invalid_value', param: k, value: echo(value) });
			else state.error = value;
		} else if (k === 'endpoint') {
			const ep = normalizeEndpoint(value);
			if (ep === undefined) note({ code: 'invalid_value', param: k, value: echo(value) });
			else state.endpoint = ep;
		} else if (k === 's') {
			const { kept, dropped } = splitScopeParam(value);
			if (dropped.length > 0) note({ code: 'invalid_value', param: k, value: echo(dropped.join(',')) });
			if (kept.length > 0) state.scopes = kept.join(',');
		} else {
			const dc = DC_IDS.find((d) => d === value.toLowerCase());
			if (dc === undefined) note({ code: 'invalid_value', param: k, value: echo(value) });
			else state.dc = dc;
		}
		seen.add(k);
	}
	return { state, notices };
}

/**
 * The canonical query string (no `?`) for a state: keys in the order error, endpoint, s, dc; unsafe
 * values left out. Spaces as `%20`; `/` and `,` stay readable.
 * @example encodeTroubleshootParams({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads' }) // 'error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads'
 */
export function encodeTroubleshootParams(state: TroubleshootUrlState): string {
	const enc = (v: string) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%2C/gi, ',');
	const parts: string[] = [];
	if (state.error && isSafeErrorCode(state.error.trim())) parts.push(`error=${enc(state.error.trim())}`);
	const ep = state.endpoint ? normalizeEndpoint(state.endpoint) : undefined;
	if (ep) parts.push(`endpoint=${enc(ep)}`);
	const s = state.scopes ? safeScopeParam(state.scopes) : '';
	if (s) parts.push(`s=${enc(s)}`);
	if (state.dc && (DC_IDS as readonly string[]).includes(state.dc)) parts.push(`dc=${state.dc}`);
	return parts.join('&');
}

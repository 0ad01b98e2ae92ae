// The troubleshooter's link: `/troubleshoot/?error=<code>&endpoint=<METHOD path>&s=<scopes>&dc=<dc>`.
// Only these non-secret parts are ever read or written; the pasted text never is.
import { DC_IDS, type DataCenterId } from '../ids';
import { containsSecret } from '../secrets';
import { splitScopeList } from '../scopes';
import { defineUrlState, enumParam, param, scopeListParam, textParam, type UrlNotice } from '../url-state';

export interface TroubleshootUrlState {
	error?: string;
	/** `METHOD /path`, e.g. `GET /crm/v8/Leads`. */
	endpoint?: string;
	/** Scope list as given (split with `splitScopeList`). */
	scopes?: string;
	dc?: DataCenterId;
}

export interface DecodedTroubleshootParams {
	state: TroubleshootUrlState;
	notices: UrlNotice[];
}

export const MAX_ERROR_LENGTH = 60;
export const MAX_ENDPOINT_LENGTH = 300;
export const MAX_SCOPES_PARAM_LENGTH = 4000;

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

/** The scope-shaped items (`Service.name.OP`) of a list, comma-joined, for a shareable link. */
export function safeScopeParam(value: string): string {
	return [...new Set(splitScopeList(value).filter((s) => SCOPE_ITEM_RE.test(s) && s.length <= 200))].join(',');
}

const troubleshootUrl = defineUrlState(
	{
		error: param('error', textParam({ maxLength: MAX_ERROR_LENGTH, normalize: (v) => (isSafeErrorCode(v) ? v : undefined) })),
		endpoint: param('endpoint', textParam({ maxLength: MAX_ENDPOINT_LENGTH, normalize: normalizeEndpoint })),
		s: param('scopes', scopeListParam({ maxLength: MAX_SCOPES_PARAM_LENGTH })),
		dc: param('dc', enumParam(DC_IDS)),
	},
	{ maxQueryLength: 8000 },
);

/**
 * Reads the troubleshooter state from a query string (with or without `?`, or a whole URL). Never throws.
 * @example decodeTroubleshootParams('?error=OAUTH_SCOPE_MISMATCH&dc=eu').state // { error: 'OAUTH_SCOPE_MISMATCH', dc: 'eu' }
 */
export function decodeTroubleshootParams(search: string): DecodedTroubleshootParams {
	return troubleshootUrl.decode(search);
}

/**
 * The canonical query string (no `?`): error, endpoint, s, dc; unsafe values left out.
 * @example encodeTroubleshootParams({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads' }) // 'error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads'
 */
export function encodeTroubleshootParams(state: TroubleshootUrlState): string {
	return troubleshootUrl.encode(state);
}

// Reads what it can from a paste: error codes, HTTP status, the endpoint called, scopes, data
// centers of the hosts used, redirect and authorization URL parameters, and the shape of a token
// response. Never throws; works on any text. Values that could be secrets are never kept.
import type { Endpoint } from '../schemas/endpoint';
import { resolveScopeText, scopeRefToString, type ScopeIndex } from '../scopes';
import { HTTP_METHODS, matchEndpoint, type EndpointMatch } from './endpoint-match';

/** A data center as the matcher needs it. */
export interface TroubleshootDataCenter {
	id: string;
	name: string;
	location: string;
	accountsServer: string;
	apiDomain: string;
}

/** Where a data center was read from. */
export type DcSource = 'api_domain' | 'location' | 'accounts-server' | 'accounts-host' | 'api-host' | 'dc-field';

export interface DcHint {
	dc: string;
	source: DcSource;
	/** The host or value as found (a hostname or a DC id; never a secret). */
	value: string;
}

/** Everything identified in a paste (plus the form fields). */
export interface Evidence {
	/** Error codes found, known ones in their documented spelling, in order of appearance. */
	codes: string[];
	/** Error values that look like codes but are not known. */
	unknownCodes: string[];
	/** Known phrases found (lower case). */
	phrases: string[];
	httpStatus?: number;
	method?: string;
	/** The called path (no host, no query). */
	path?: string;
	endpoint?: EndpointMatch;
	/** Canonical scopes found. */
	scopes: string[];
	dcHints: DcHint[];
	grantType?: string;
	/** A token response (JSON with `access_token`) and whether it has a `refresh_token`. */
	tokenResponse?: { refreshToken: boolean };
	/** An authorization URL (`/oauth/v2/auth`) and its parameters. */
	authUrl?: { accessType?: string; prompt?: string };
	redirectUriSeen: boolean;
}

/** Longest paste read; the rest is ignored. */
export const MAX_PASTE_LENGTH = 50_000;

const URL_RE = /https?:\/\/[^\s"'<>`\\)]+/gi;
const HOST_RE = /\b((?:[a-z0-9-]+\.)*(?:zohoapis|zohocloud|zoho)\.(?:com\.au|com\.cn|com|eu|in|jp|ca|sa|uk|ae|au))\b/gi;
const STATUS_RES = [
	/\bHTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b/gi,
	/["']?(?:status_?code|statusCode|http_?status)["']?\s*[:=]\s*["']?([1-5]\d\d)\b/gi,
	/\b([45]\d\d)\s+(?:Unauthorized|Forbidden|Too Many Requests|Bad Request|Not Found|Internal Server Error)\b/gi,
	/\bstatus(?: code)?\s*[:=]?\s*([45]\d\d)\b/gi,
];
const SCOPE_TOKEN_RE = /\b[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+){1,6}\.[A-Za-z][A-Za-z-]*\b/g;
const METHOD_PATH_RE = /\b(GET|POST|PUT|PATCH|DELETE)\s+(https?:\/\/[^\s"'<>`\\]+|\/[^\s"'<>`\\]*)/g;

function hostOf(url: string): string | undefined {
	const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
	return m?.[1]?.toLowerCase();
}

function pathOf(url: string): string {
	const m = /^https?:\/\/[^/?#]+(\/[^#]*)?/i.exec(url);
	return m?.[1] ?? '/';
}

function paramsOf(url: string): Map<string, string> {
	const out = new Map<string, string>();
	const q = url.indexOf('?');
	if (q < 0) return out;
	for (const pair of url.slice(q + 1).split(/[&#]/)) {
		const eq = pair.indexOf('=');
		if (eq <= 0) continue;
		const k = pair.slice(0, eq).toLowerCase();
		let v = pair.slice(eq + 1);
		try {
			v = decodeURIComponent(v.replace(/\+/g, ' '));
		} catch {
			/* keep */
		}
		if (!out.has(k)) out.set(k, v);
	}
	return out;
}

/** Maps a hostname to a DC and a role, by the DC's accounts server and API domain. */
export function dcOfHost(host: string, dataCenters: readonly TroubleshootDataCenter[]): { dc: string; role: 'accounts' | 'api' } | undefined {
	const h = host.toLowerCase().replace(/\.$/, '');
	for (const d of dataCenters) {
		const acc = hostOf(d.accountsServer);
		const api = hostOf(d.apiDomain);
		if (h === acc) return { dc: d.id, role: 'accounts' };
		if (h === api || (api && h === api.replace(/^www\./, ''))) return { dc: d.id, role: 'api' };
	}
	// Disputed spellings such as api.zoho.eu: match by the accounts server's domain.
	const m = /^api\.(.+)$/.exec(h);
	if (m) {
		for (const d of dataCenters) if (hostOf(d.accountsServer)?.replace(/^accounts\./, '') === m[1]) return { dc: d.id, role: 'api' };
	}
	return undefined;
}

function dcOfLocation(value: string, dataCenters: readonly TroubleshootDataCenter[]): string | undefined {
	const v = value.trim().toLowerCase();
	return dataCenters.find(({ location: loc, id }) => loc.toLowerCase() === v || id === v)?.id;
}

/** Collects JSON string values by key from any JSON object in the text (best effort). */
function jsonFields(text: string): { keys: Set<string>; values: Map<string, string[]> } {
	const keys = new Set<string>();
	const values = new Map<string, string[]>();
	const visit = (v: unknown, depth: number): void => {
		if (depth > 8 || v === null || typeof v !== 'object') return;
		if (Array.isArray(v)) {
			for (const x of v.slice(0, 200)) visit(x, depth + 1);
			return;
		}
		for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 200)) {
			const key = k.toLowerCase();
			keys.add(key);
			if (typeof x === 'string' || typeof x === 'number') {
				const list = values.get(key) ?? [];
				if (list.length < 20) list.push(String(x));
				values.set(key, list);
			} else visit(x, depth + 1);
		}
	};
	const tryParse = (s: string) => {
		try {
			visit(JSON.parse(s), 0);
			return true;
		} catch {
			return false;
		}
	};
	if (!tryParse(text.trim())) {
		const first = text.indexOf('{');
		const last = text.lastIndexOf('}');
		if (first >= 0 && last > first && !tryParse(text.slice(first, last + 1))) {
			// Several objects (e.g. a log): try each line.
			for (const line of text.split('\n').slice(0, 500)) {
				const a = line.indexOf('{');
				const b = line.lastIndexOf('}');
				if (a >= 0 && b > a) tryParse(line.slice(a, b + 1));
			}
		}
	}
	// Keys written without valid JSON around them ("refresh_token": …) still count as present.
	for (const m of text.matchAll(/["']([A-Za-z_]{2,40})["']\s*:/g)) keys.add((m[1] ?? '').toLowerCase());
	return { keys, values };
}

const CODE_LIKE_RE = /^[A-Za-z][A-Za-z0-9 _-]{2,59}$/;
/** Known codes that are ordinary words too: only counted as an error value, never in free text. */
const isWordLike = (code: string) => /^[a-z]+$/.test(code);

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ExtractOptions {
	/** Error codes the rules and facts know, in documented spelling. */
	knownCodes: readonly string[];
	/** Phrases the rules know (any case). */
	phrases: readonly string[];
	dataCenters: readonly TroubleshootDataCenter[];
	endpoints?: readonly Endpoint[] | undefined;
	index?: ScopeIndex | null | undefined;
}

/** Finds a known code for a value: exact spelling first, then any case. */
export function findKnownCode(value: string, knownCodes: readonly string[]): string | undefined {
	const v = value.trim();
	return knownCodes.find((c) => c === v) ?? knownCodes.find((c) => c.toLowerCase() === v.toLowerCase());
}

/**
 * Everything the matcher can identify in a paste. Never throws.
 * @example extractEvidence('{"code":"OAUTH_SCOPE_MISMATCH"}', opts).codes // ['OAUTH_SCOPE_MISMATCH']
 */
export function extractEvidence(input: string, opts: ExtractOptions): Evidence {
	const raw = typeof input === 'string' ? input.slice(0, MAX_PASTE_LENGTH) : '';
	const text = raw.replace(/\\\//g, '/');
	const ev: Evidence = { codes: [], unknownCodes: [], phrases: [], scopes: [], dcHints: [], redirectUriSeen: false };
	const addCode = (c: string) => {
		if (!ev.codes.includes(c)) ev.codes.push(c);
	};
	const addHint = (h: DcHint) => {
		if (!ev.dcHints.some((x) => x.dc === h.dc && x.source === h.source)) ev.dcHints.push(h);
	};
	const json = jsonFields(text);

	// Error codes: values of error fields, `error=` parameters, then code-shaped words in the text.
	const errorValues = ['code', 'error', 'error_code', 'errorcode'].flatMap((k) => json.values.get(k) ?? []);
	for (const m of text.matchAll(/[?&#]error=([^&#\s"']+)/gi)) errorValues.push(m[1] ?? '');
	for (const v of errorValues) {
		let value = v;
		try {
			value = decodeURIComponent(v.replace(/\+/g, ' '));
		} catch {
			/* keep */
		}
		const known = findKnownCode(value, opts.knownCodes);
		if (known) addCode(known);
		else if (CODE_LIKE_RE.test(value.trim()) && !/^(?:error|failure|success)$/i.test(value.trim()) && !ev.unknownCodes.includes(value.trim()))
			ev.unknownCodes.push(value.trim());
	}
	for (const code of opts.knownCodes) {
		if (isWordLike(code) || ev.codes.includes(code)) continue;
		if (new RegExp(`(?<![A-Za-z0-9_-])${escapeRe(code)}(?![A-Za-z0-9_-])`).test(text)) addCode(code);
	}
	const lower = text.toLowerCase();
	for (const p of opts.phrases) if (lower.includes(p.toLowerCase()) && !ev.phrases.includes(p.toLowerCase())) ev.phrases.push(p.toLowerCase());

	for (const re of STATUS_RES) {
		if (ev.httpStatus !== undefined) break;
		for (const m of text.matchAll(re)) {
			ev.httpStatus = Number(m[1]);
			break;
		}
	}

	// URLs: hosts, redirect parameters, authorization URLs, the API call.
	let apiUrl: string | undefined;
	/** A URL or host that is the value of `api_domain` or `accounts-server` names a DC; it was not called. */
	const isValueOf = (at: number) => /(?:api_domain|accounts-server|accounts_server)["']?\s*[:=]\s*["']?(?:https?:\/\/)?$/i.test(text.slice(Math.max(0, at - 40), at));
	for (const m of text.matchAll(URL_RE)) {
		const url = m[0];
		if (isValueOf(m.index ?? 0)) continue;
		const host = hostOf(url);
		const params = paramsOf(url);
		const path = pathOf(url);
		const hit = host ? dcOfHost(host, opts.dataCenters) : undefined;
		const isAuthParam = /^\/oauth\/v\d\/auth\b/i.test(path);
		if (hit?.role === 'accounts' && !isAuthParam) addHint({ dc: hit.dc, source: 'accounts-host', value: host ?? '' });
		if (hit?.role === 'api') {
			addHint({ dc: hit.dc, source: 'api-host', value: host ?? '' });
			apiUrl ??= url;
		}
		const loc = params.get('location');
		if (loc !== undefined) {
			const dc = dcOfLocation(loc, opts.dataCenters);
			if (dc) addHint({ dc, source: 'location', value: loc.trim().toLowerCase() });
		}
		const acc = params.get('accounts-server');
		if (acc !== undefined) {
			const h = hostOf(acc);
			const accDc = h ? dcOfHost(h, opts.dataCenters) : undefined;
			if (accDc) addHint({ dc: accDc.dc, source: 'accounts-server', value: h ?? '' });
		}
		if (params.has('redirect_uri')) ev.redirectUriSeen = true;
		if (isAuthParam && hit?.role === 'accounts' && !ev.authUrl) {
			const accessType = params.get('access_type');
			const prompt = params.get('prompt');
			ev.authUrl = { ...(accessType !== undefined ? { accessType: accessType.slice(0, 20) } : {}), ...(prompt !== undefined ? { prompt: prompt.slice(0, 20) } : {}) };
		}
		const gt = params.get('grant_type');
		if (gt && !ev.grantType) ev.grantType = gt.slice(0, 40);
		const scope = params.get('scope');
		if (scope) collectScopes(scope, ev, opts.index);
	}
	// Bare hosts (no scheme), e.g. "we call www.zohoapis.com".
	for (const m of text.matchAll(HOST_RE)) {
		const host = (m[1] ?? '').toLowerCase();
		const at = m.index ?? 0;
		if (isValueOf(at)) continue;
		if (/\/oauth\/v\d\/auth\b/i.test(text.slice(at + host.length, at + host.length + 16)) && /https?:\/\/$/i.test(text.slice(Math.max(0, at - 8), at))) continue;
		const hit = dcOfHost(host, opts.dataCenters);
		if (hit) addHint({ dc: hit.dc, source: hit.role === 'accounts' ? 'accounts-host' : 'api-host', value: host });
	}
	for (const d of json.values.get('api_domain') ?? []) {
		const h = hostOf(d);
		const hit = h ? dcOfHost(h, opts.dataCenters) : undefined;
		if (hit) addHint({ dc: hit.dc, source: 'api_domain', value: h ?? '' });
	}
	for (const loc of json.values.get('user_location') ?? json.values.get('location') ?? []) {
		const dc = dcOfLocation(loc, opts.dataCenters);
		if (dc) addHint({ dc, source: 'location', value: loc.trim().toLowerCase() });
	}

	// grant_type in a body (-d grant_type=…, JSON, form).
	if (!ev.grantType) {
		const g = /grant_type["']?\s*[:=]\s*["']?([a-z_]{3,40})/i.exec(text);
		if (g?.[1]) ev.grantType = g[1];
	}
	if (!ev.redirectUriSeen && /redirect_uri\s*[:=]/i.test(text)) ev.redirectUriSeen = true;

	// Token response: JSON with access_token (and maybe refresh_token).
	if (json.keys.has('access_token') && (json.keys.has('expires_in') || json.keys.has('api_domain') || json.keys.has('token_type')))
		ev.tokenResponse = { refreshToken: json.keys.has('refresh_token') };

	// The request: "METHOD path" or a curl line.
	const mp = METHOD_PATH_RE.exec(text);
	METHOD_PATH_RE.lastIndex = 0;
	if (mp) {
		ev.method = mp[1] ?? 'GET';
		const target = mp[2] ?? '';
		ev.path = target.startsWith('/') ? target : pathOf(target);
	} else if (/\bcurl\b/i.test(text) && apiUrl) {
		const x = /(?:-X|--request)\s*["']?([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase();
		ev.method = x && (HTTP_METHODS as readonly string[]).includes(x) ? x : /\s(?:-d|--data\S*|-F|--form)\s/.test(text) ? 'POST' : 'GET';
		ev.path = pathOf(apiUrl);
	} else if (apiUrl) {
		ev.path = pathOf(apiUrl);
	}
	if (ev.path !== undefined && /^\/oauth\//i.test(ev.path)) {
		delete ev.path;
		delete ev.method;
	}
	if (ev.path !== undefined && opts.endpoints) {
		const match = matchEndpoint(ev.method, ev.path, opts.endpoints);
		if (match) ev.endpoint = match;
	}
	if (ev.path !== undefined) ev.path = ev.path.replace(/[?#].*$/, '').slice(0, 300);

	for (const s of json.values.get('scope') ?? []) collectScopes(s, ev, opts.index);
	collectScopes(text, ev, opts.index);
	return ev;
}

/** Adds every valid scope named in the text (canonical spelling) to the evidence. */
function collectScopes(text: string, ev: Evidence, index: ScopeIndex | null | undefined): void {
	if (!index) return;
	let decoded = text;
	if (/%2C|%2E/i.test(decoded)) {
		try {
			decoded = decodeURIComponent(decoded);
		} catch {
			/* keep */
		}
	}
	let seen = 0;
	for (const m of decoded.matchAll(SCOPE_TOKEN_RE)) {
		if (ev.scopes.length >= 200 || ++seen > 2000) return;
		const r = resolveScopeText(m[0], index);
		if (!r.scope) continue;
		const canonical = scopeRefToString(r.scope);
		if (!ev.scopes.includes(canonical)) ev.scopes.push(canonical);
	}
}

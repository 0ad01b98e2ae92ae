// Reads the request side of a paste: URLs and hosts (called, or only configured), the API call,
// grant types, the Authorization header scheme, redirect and authorization-URL parameters, a token
// response's shape and HTTP status lines. Each fact keeps the line it came from. Never throws;
// values that could be secrets are never kept (only hosts, paths, parameter names and enums).
import type { HostInfo, HostTable } from './hosts';
import { evidenceAt, lineIndexAt, type Doc } from './text';
import type { EvidenceLine } from './types';

/** A Zoho host seen in the input and how: called, only configured, or the token's `api_domain`. */
export interface HostUse {
	info: HostInfo;
	use: 'called' | 'config' | 'api_domain';
	/** Path of the URL (no query), when there was one. */
	path?: string;
	line: EvidenceLine;
}

/** A request line: `METHOD path`, a curl command or an API URL. */
export interface RequestLine {
	method?: string;
	/** Path and query as written (never shown: the query may hold secrets). */
	target: string;
	host?: HostInfo;
	line: EvidenceLine;
}

export interface Located<T = true> {
	value: T;
	line: EvidenceLine;
}

/** Everything read about requests, in reading order. */
export interface RequestFacts {
	hosts: HostUse[];
	/** The user's DC named by a redirect (`location`, `accounts-server`) or a device-flow `user_location`. */
	redirectDcs: Located<{ dc: string; via: string; text: string }>[];
	/** Grant types, one per line they appear on. */
	grantTypes: Located<string>[];
	requests: RequestLine[];
	authSchemes: Located<'bearer' | 'zoho' | 'legacy'>[];
	tokenInQuery?: Located<string>;
	legacy?: Located<string>;
	offline?: Located;
	consent: boolean;
	authUrl?: Located<{ offline: boolean }>;
	tokenResponse?: Located<{ refresh: boolean }>;
	redirectUri?: Located;
	statuses: Located<number>[];
	/** Scope texts (from `scope=` and `"scope":`), to be resolved by the caller. */
	scopeTexts: string[];
}

/** At most this many hosts, requests, grants, headers and statuses are kept (a long log repeats itself). */
const MAX_ITEMS = 40;
const URL_RE = /https?:\/\/[^\s"'<>`\\)\]]+/gi;
const BARE_HOST_RE = /(?<![\w./@%-])((?:[a-z0-9-]+\.)+(?:zoho|zohoapis|zohocloud)\.[a-z]{2,}(?:\.[a-z]{2,})?)(?![\w-]|\.[a-z])/gi;
/** Redirect parameters anywhere (a callback URL without its scheme, a log line). */
const REDIRECT_PARAM_RE = /[?&](location|accounts-server)=([^&\s"'#]{1,200})/gi;
const CONFIG_BEFORE_RE = /(?:api_domain|accounts[-_]?server|location|[a-z_-]*(?:url|uri|base|domain|host|endpoint|server))["'`]?\s*[:=]\s*["'`]?$/i;
const METHOD_PATH_RE = /\b(GET|POST|PUT|PATCH|DELETE)\s+(https?:\/\/[^\s"'<>`\\]+|\/[^\s"'<>`\\]*)/g;
const GRANT_RE = /grant_type["']?\s*[:=,]\s*["']?\s*([a-z_]{3,40})/gi;
const AUTH_SCHEME_RE = /\bAuthorization\b["'`]?\s*[:=,]\s*["'`]?\s*(Bearer|Zoho-oauthtoken|Zoho-authtoken)\b/gi;
const LEGACY_RE = /[?&\s"']authtoken=|\bZoho-authtoken\b|\/crm\/private\/(?:json|xml)\b|\bscope=crmapi\b/i;
const STATUS_RES = [
	/\bHTTP(?:\/\d(?:\.\d)?)?\s+([1-5]\d\d)\b/gi,
	/\bstatus(?:[ _]?code)?["']?\s*[:=]?\s*["']?([1-5]\d\d)\b/gi,
	/\breturned code ([1-5]\d\d)\b/gi,
	/\b([45]\d\d)\s+(?:Unauthorized|Forbidden|Not Found|Too Many Requests|Bad Request)\b/gi,
	/["']code["']\s*:\s*([45]\d\d)\b/g,
];

function paramsOf(url: string): Map<string, string> {
	const out = new Map<string, string>();
	const q = url.indexOf('?');
	if (q < 0) return out;
	for (const pair of url.slice(q + 1).split(/[&#]/)) {
		const eq = pair.indexOf('=');
		if (eq <= 0) continue;
		let v = pair.slice(eq + 1);
		try {
			v = decodeURIComponent(v.replace(/\+/g, ' '));
		} catch {
			/* keep as written */
		}
		const k = pair.slice(0, eq).toLowerCase();
		if (!out.has(k)) out.set(k, v);
	}
	return out;
}

const pathOf = (url: string) => /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url)?.[1] ?? '/';
const hostOf = (url: string) => /^https?:\/\/([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase();

/** Whether the text before `at` on its line makes what follows a configured value, not a call. */
function isConfig(doc: Doc, at: number): boolean {
	const lineStart = doc.starts[lineIndexAt(doc, at)] ?? 0;
	return CONFIG_BEFORE_RE.test(doc.text.slice(Math.max(lineStart, at - 50), at));
}

/** Reads the request facts of several documents (the paste and the form fields). */
export function readRequests(docs: readonly Doc[], hosts: HostTable): RequestFacts {
	const f: RequestFacts = { hosts: [], redirectDcs: [], grantTypes: [], requests: [], authSchemes: [], consent: false, statuses: [], scopeTexts: [] };
	const seenHost = new Set<string>();
	/** Adds a host use once; the evidence line is only computed for a new one. */
	const addHost = (info: HostInfo, use: HostUse['use'], path: string | undefined, line: () => EvidenceLine) => {
		const key = `${info.host}|${use}|${/^\/oauth\/v2\/auth\/?$/i.test(path ?? '')}`;
		if (seenHost.has(key) || seenHost.size >= MAX_ITEMS) return;
		seenHost.add(key);
		f.hosts.push({ info, use, ...(path !== undefined ? { path } : {}), line: line() });
	};
	const addRedirect = (dc: string | undefined, via: string, text: string, line: () => EvidenceLine) => {
		if (dc && !f.redirectDcs.some((r) => r.value.dc === dc && r.value.via === via)) f.redirectDcs.push({ value: { dc, via, text }, line: line() });
	};
	const dcOfLocation = (v: string) => {
		const loc = v.trim().toLowerCase();
		return hosts.dcIds.find((id) => id === loc);
	};
	for (const doc of docs) {
		const t = doc.text;
		const at = (i: number, len = 0) => evidenceAt(doc, i, len);
		for (const m of t.matchAll(URL_RE)) {
			const url = m[0];
			const i = m.index ?? 0;
			const host = hostOf(url);
			const info = host ? hosts.classify(host) : undefined;
			const params = paramsOf(url);
			const path = pathOf(url);
			if (info) {
				const config = isConfig(doc, i);
				const api = /api_domain["']?\s*[:=]\s*["']?$/i.test(t.slice(Math.max(0, i - 20), i));
				addHost(info, api ? 'api_domain' : config ? 'config' : 'called', path, () => at(i, url.length));
				if (!config && !api && info.role === 'api' && f.requests.length < MAX_ITEMS) f.requests.push({ target: url.replace(/^https?:\/\/[^/?#]+/i, '') || '/', host: info, line: at(i, url.length) });
				if (info.role === 'accounts' && /^\/oauth\/v2\/auth\/?$/i.test(path) && !f.authUrl) f.authUrl = { value: { offline: params.get('access_type')?.toLowerCase() === 'offline' }, line: at(i, url.length) };
				if (info.role === 'api' && !config) {
					const q = [...params.keys()].find((k) => /^(access_token|oauthtoken|oauth_token)$/.test(k));
					if (q && !f.tokenInQuery) f.tokenInQuery = { value: q, line: at(i, url.length) };
				}
			}
			const loc = params.get('location');
			if (loc !== undefined) addRedirect(dcOfLocation(loc), 'location', loc.slice(0, 20), () => at(i, url.length));
			const acc = params.get('accounts-server');
			const accHost = acc ? hostOf(acc) : undefined;
			if (accHost) addRedirect(hosts.classify(accHost)?.dc, 'accounts-server', accHost, () => at(i, url.length));
			const scope = params.get('scope');
			if (scope) f.scopeTexts.push(scope);
			if (params.has('redirect_uri') && !f.redirectUri) f.redirectUri = { value: true, line: at(i, url.length) };
		}
		for (const m of t.matchAll(REDIRECT_PARAM_RE)) {
			let v = m[2] ?? '';
			try {
				v = decodeURIComponent(v);
			} catch {
				/* keep as written */
			}
			if ((m[1] ?? '').toLowerCase() === 'location') addRedirect(dcOfLocation(v), 'location', v.slice(0, 20), () => at(m.index ?? 0, m[0].length));
			else {
				const h = hostOf(v) ?? v.toLowerCase();
				addRedirect(hosts.classify(h)?.dc, 'accounts-server', h.slice(0, 60), () => at(m.index ?? 0, m[0].length));
			}
		}
		for (const m of t.matchAll(BARE_HOST_RE)) {
			const info = hosts.classify(m[1] ?? '');
			if (info) addHost(info, isConfig(doc, m.index ?? 0) ? 'config' : 'called', undefined, () => at(m.index ?? 0, m[0].length));
		}
		for (const m of t.matchAll(/["']?api_domain["']?\s*[:=]\s*["']?(?:https?:\/\/)?([a-z0-9.-]+)/gi)) {
			const info = hosts.classify(m[1] ?? '');
			if (info) addHost(info, 'api_domain', undefined, () => at(m.index ?? 0, m[0].length));
		}
		for (const m of t.matchAll(/["']?user_location["']?\s*[:=]\s*["']?([a-z]{2,3})\b/gi)) addRedirect(dcOfLocation(m[1] ?? ''), 'user_location', m[1] ?? '', () => at(m.index ?? 0, m[0].length));
		for (const m of t.matchAll(METHOD_PATH_RE)) {
			if (f.requests.length >= MAX_ITEMS) break;
			const target = m[2] ?? '';
			const host = /^https?:/i.test(target) ? hosts.classify(hostOf(target) ?? '') : undefined;
			f.requests.push({ ...(m[1] ? { method: m[1] } : {}), target: target.replace(/^https?:\/\/[^/?#]+/i, '') || '/', ...(host ? { host } : {}), line: at(m.index ?? 0, m[0].length) });
			const q = paramsOf(target);
			if (q.get('scope')) f.scopeTexts.push(q.get('scope') ?? '');
		}
		if (/\bcurl\b/i.test(t)) {
			const x = /(?:-X|--request)\s*["']?([A-Za-z]+)/.exec(t)?.[1]?.toUpperCase();
			const method = x ?? (/\s(?:-d|--data\S*|-F|--form)\s/.test(t) ? 'POST' : 'GET');
			for (const r of f.requests) if (!r.method && r.line.source === doc.source) r.method = method;
		}
		const lines = new Set<string>();
		for (const m of t.matchAll(GRANT_RE)) {
			if (f.grantTypes.length >= MAX_ITEMS) break;
			const key = `${lineIndexAt(doc, m.index ?? 0)}:${m[1]}`;
			if (!lines.has(key)) {
				lines.add(key);
				f.grantTypes.push({ value: (m[1] ?? '').toLowerCase(), line: at(m.index ?? 0, m[0].length) });
			}
		}
		for (const m of t.matchAll(AUTH_SCHEME_RE)) {
			if (f.authSchemes.length >= MAX_ITEMS) break;
			const s = (m[1] ?? '').toLowerCase();
			f.authSchemes.push({ value: s === 'bearer' ? 'bearer' : s === 'zoho-oauthtoken' ? 'zoho' : 'legacy', line: at(m.index ?? 0, m[0].length) });
		}
		const legacy = LEGACY_RE.exec(t);
		if (legacy && !f.legacy) f.legacy = { value: legacy[0].trim().replace(/^[?&"']/, ''), line: at(legacy.index, legacy[0].length) };
		const off = /access_type\W{1,5}offline/i.exec(t);
		if (off && !f.offline) f.offline = { value: true, line: at(off.index, off[0].length) };
		if (/prompt\W{1,5}consent/i.test(t)) f.consent = true;
		const ru = /redirect_uri["']?\s*[:=]/i.exec(t);
		if (ru && !f.redirectUri) f.redirectUri = { value: true, line: at(ru.index, ru[0].length) };
		const token = /["']access_token["']\s*:/.exec(t);
		if (token && /["'](?:expires_in|api_domain|token_type)["']\s*:/.test(t) && !f.tokenResponse)
			f.tokenResponse = { value: { refresh: /["']refresh_token["']\s*:/.test(t) }, line: at(token.index, token[0].length) };
		for (const m of t.matchAll(/["']scope["']\s*:\s*["']([^"']{3,2000})["']/gi)) f.scopeTexts.push(m[1] ?? '');
		for (const re of STATUS_RES) {
			for (const m of t.matchAll(re)) {
				const status = Number(m[1]);
				if (!f.statuses.some((s) => s.value === status) && f.statuses.length < MAX_ITEMS) f.statuses.push({ value: status, line: at(m.index ?? 0, m[0].length) });
			}
		}
	}
	return f;
}

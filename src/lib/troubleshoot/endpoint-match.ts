// Matches a called path (`/crm/v2/Leads/123?fields=…`, `/api/v1/tickets`, `/books/v3/invoices`) to
// an endpoint of the catalog, whose paths use `{param}` segments (`/crm/v8/{module_api_name}/{record_id}`).
// Literal segments beat parameters; the API version segment matches any version; for any service
// in the catalog. When two services share a path, the host (`desk.zoho.eu`) breaks the tie.
import type { Endpoint } from '../schemas/endpoint';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An endpoint of the catalog matched to a called path. */
export interface EndpointMatch {
	endpoint: Endpoint;
	/** The module the call works on (from `{module_api_name}` or `?module=`), as written. */
	module?: string;
	/** `METHOD path` with the catalog's template, the module filled in: safe to share (no ids). */
	display: string;
	/** The version segment of the called path when it is older than the catalog's (`v2` for a v8 path). */
	olderVersion?: { called: string; current: string };
}

const VERSION_RE = /^v\d+(?:\.\d+)?$/i;

function splitPath(path: string): string[] {
	return path.split('/').filter((s) => s !== '');
}

function queryOf(path: string): Map<string, string> {
	const q = path.indexOf('?');
	const out = new Map<string, string>();
	if (q < 0) return out;
	for (const pair of path.slice(q + 1).split('&')) {
		const eq = pair.indexOf('=');
		const k = eq < 0 ? pair : pair.slice(0, eq);
		let v = eq < 0 ? '' : pair.slice(eq + 1);
		try {
			v = decodeURIComponent(v.replace(/\+/g, ' '));
		} catch {
			/* keep as written */
		}
		if (k && !out.has(k)) out.set(k, v);
	}
	return out;
}

function score(template: string[], called: string[]): number | undefined {
	if (template.length !== called.length) return undefined;
	let literal = 0;
	for (let i = 0; i < template.length; i++) {
		const t = template[i] ?? '';
		const c = called[i] ?? '';
		if (/^\{[^}]+\}$/.test(t)) {
			if (c === '') return undefined;
			continue;
		}
		if (VERSION_RE.test(t) && VERSION_RE.test(c)) {
			literal++;
			continue;
		}
		if (t.toLowerCase() !== c.toLowerCase()) return undefined;
		literal++;
	}
	return literal;
}

/**
 * Finds the catalog endpoint for a method and a called path (query and host stripped by the caller
 * or here). With no method, GET is preferred. Returns undefined when nothing matches.
 * @example matchEndpoint('GET', '/crm/v2/Leads/42', endpoints)?.endpoint.id // 'get-a-record'
 */
export function matchEndpoint(method: string | undefined, path: string, endpoints: readonly Endpoint[], host?: string): EndpointMatch | undefined {
	if (typeof path !== 'string' || !path.startsWith('/') || path.length > 2000) return undefined;
	const m = method?.toUpperCase();
	const q = path.indexOf('?');
	const called = splitPath(q < 0 ? path : path.slice(0, q)).map((s) => {
		try {
			return decodeURIComponent(s);
		} catch {
			return s;
		}
	});
	const query = queryOf(path);
	let best: { e: Endpoint; s: number; template: string[] } | undefined;
	for (const e of endpoints) {
		if (m !== undefined && e.method !== m) continue;
		const tq = e.path.indexOf('?');
		const template = splitPath(tq < 0 ? e.path : e.path.slice(0, tq));
		const s = score(template, called);
		if (s === undefined) continue;
		const label = host?.split('.')[0]?.replace(/api$/, '') ?? '';
		const bonus = (m === undefined && e.method === 'GET' ? 0.5 : 0) + (label.length > 2 && e.service.toLowerCase().includes(label) ? 0.25 : 0);
		if (!best || s + bonus > best.s) best = { e, s: s + bonus, template };
	}
	if (!best) return undefined;
	const { e, template } = best;
	let module: string | undefined;
	let olderVersion: EndpointMatch['olderVersion'];
	const filled = template.map((t, i) => {
		const c = called[i] ?? '';
		if (t === '{module_api_name}' && /^[A-Za-z0-9_]{1,60}$/.test(c)) {
			module = c;
			return c;
		}
		if (VERSION_RE.test(t) && VERSION_RE.test(c)) {
			if (Number.parseFloat(c.slice(1)) < Number.parseFloat(t.slice(1))) olderVersion = { called: c, current: t };
			return c;
		}
		return t;
	});
	if (module === undefined && e.path.includes('module={module}')) {
		const fromQuery = query.get('module');
		if (fromQuery && /^[A-Za-z0-9_]{1,60}$/.test(fromQuery)) module = fromQuery;
	}
	const display = `${e.method} /${filled.join('/')}`;
	return { endpoint: e, ...(module !== undefined ? { module } : {}), display, ...(olderVersion ? { olderVersion } : {}) };
}

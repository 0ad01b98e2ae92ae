// From the input to signals: codes plus params, each with the lines that show it. Error literals
// come from the vocabulary, request facts from requests.ts, phrase cues from cues.yaml; this file
// adds what needs several facts at once: data centers of the hosts against the user's, the
// endpoint's scopes against the ones held, the grant flow. Order of lines does not matter.
import { parseScopeString, resolveScopeText, scopeRefToString, type ScopeIndex } from '../scopes';
import { matchEndpoint, type EndpointMatch } from './endpoint-match';
import { createHostTable, type HostTable } from './hosts';
import { readRequests, type HostUse, type RequestFacts } from './requests';
import { computeScopeCheck } from './scope-check';
import { escapeRe, evidenceAt, type Doc } from './text';
import type { EvidenceLine, ScopeCheck, Signal, SignalCode, SignalParams, TroubleshootData } from './types';
import { matchVocabulary, type ErrorMatch } from './vocabulary';

/** Everything read from the input. */
export interface Reading {
	signals: Signal[];
	errors: ErrorMatch[];
	userDc?: string;
	endpoint?: EndpointMatch;
	scopes: string[];
	scopeCheck?: ScopeCheck;
	/** An unknown error value to put in a shared link. */
	firstUnknown?: string;
}

const SCOPE_TOKEN_RE = /\b[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+){1,6}\.[A-Za-z][A-Za-z-]*\b/g;
const tables = new WeakMap<object, HostTable>();

function hostTable(data: TroubleshootData): HostTable {
	let t = tables.get(data.dataCenters);
	if (!t) tables.set(data.dataCenters, (t = createHostTable(data.dataCenters)));
	return t;
}

/** Canonical scopes named in scope texts and free text, resolved with the scope catalog. */
function collectScopes(texts: readonly string[], index: ScopeIndex | null | undefined): string[] {
	const out: string[] = [];
	if (!index) return out;
	let seen = 0;
	for (const raw of texts) {
		let text = raw;
		if (/%2C|%2E/i.test(text)) {
			try {
				text = decodeURIComponent(text);
			} catch {
				/* keep */
			}
		}
		for (const m of text.matchAll(SCOPE_TOKEN_RE)) {
			if (out.length >= 200 || ++seen > 2000) return out;
			const r = resolveScopeText(m[0], index);
			const s = r.scope ? scopeRefToString(r.scope) : undefined;
			if (s && !out.includes(s)) out.push(s);
		}
	}
	return out;
}

/**
 * Reads every signal of the documents (the paste first, then the error and endpoint fields),
 * the scopes field and the DC field. Never throws.
 */
export function readSignals(docs: readonly Doc[], fields: { scopes: string; dc: string }, data: TroubleshootData): Reading {
	const signals: Signal[] = [];
	const add = (code: SignalCode, params: SignalParams, lines: (EvidenceLine | undefined)[], severity: Signal['severity'] = 'info') => {
		if (!signals.some((s) => s.code === code)) signals.push({ code, severity, params, lines: lines.filter((l): l is EvidenceLine => l !== undefined).slice(0, 3) });
	};
	const hosts = hostTable(data);
	const { matches, unknown } = matchVocabulary(docs, data.errors);
	for (const m of matches) add2(signals, 'error_known', { error: m.entry.id, literal: m.literal, service: m.entry.service }, [m.line]);
	for (const u of unknown) add2(signals, 'error_unknown', { value: u.value.slice(0, 60) }, [u.line]);

	const f = readRequests(docs, hosts);
	readCues(docs, data, add);
	readFlow(f, add);
	readHeaders(f, add);
	for (const s of f.statuses) if ([400, 401, 403, 404, 429].includes(s.value)) add(`status_${s.value}` as SignalCode, { status: s.value }, [s.line]);

	// Data centers: the user's, the token's, and the hosts used.
	const dcLine = fields.dc ? ({ source: 'dc', text: fields.dc } as EvidenceLine) : undefined;
	const apiDomain = f.hosts.find((h) => h.use === 'api_domain' && h.info.dc);
	const redirect = f.redirectDcs[0];
	for (const r of f.redirectDcs.slice(0, 1)) add('redirect_dc', { dc: r.value.dc, via: r.value.via, value: r.value.text }, [r.line]);
	const user = dcLine ? { dc: fields.dc, via: 'dc-field', line: dcLine } : apiDomain ? { dc: apiDomain.info.dc!, via: 'api_domain', line: apiDomain.line } : redirect ? { dc: redirect.value.dc, via: redirect.value.via, line: redirect.line } : undefined;
	readDataCenters(f, user, apiDomain, add);
	if (user && user.dc !== hosts.dcIds[0]) add('account_dc_not_default', { dc: user.dc, via: user.via }, [user.line]);

	// The API call: endpoint, version, legacy API, scopes.
	const call = f.requests.find((r) => !/^\/oauth\//i.test(r.target) && r.method) ?? f.requests.find((r) => !/^\/oauth\//i.test(r.target));
	const tokenCall = f.requests.find((r) => /^\/oauth\/v\d\/(?:token|device\/token)\b/i.test(r.target));
	if (tokenCall) add('token_endpoint_called', { path: tokenCall.target.replace(/[?#].*$/, '').slice(0, 80) }, [tokenCall.line]);
	let endpoint: EndpointMatch | undefined;
	if (call) {
		add('api_called', { host: call.host?.host, method: call.method }, [call.line]);
		endpoint = data.endpoints ? matchEndpoint(call.method, call.target, data.endpoints, call.host?.host) : undefined;
		if (endpoint) {
			add('endpoint_known', { endpoint: endpoint.endpoint.id, display: endpoint.display, service: endpoint.endpoint.service, name: endpoint.endpoint.name }, [call.line]);
			if (endpoint.olderVersion) add('api_version_old', { called: endpoint.olderVersion.called, current: endpoint.olderVersion.current }, [call.line]);
		}
	}
	if (f.legacy) add('legacy_api', { via: f.legacy.value.slice(0, 40) }, [f.legacy.line]);

	const scopes = collectScopes([...f.scopeTexts, ...docs.filter((d) => d.source === 'paste').map((d) => d.text)], data.index);
	if (data.index && fields.scopes.trim()) {
		for (const s of parseScopeString(fields.scopes.slice(0, 20_000), data.index).scopes.map(scopeRefToString)) if (!scopes.includes(s)) scopes.push(s);
	}
	if (scopes.length > 0) add('scopes_given', { scopes: scopes.slice(0, 30) }, fields.scopes.trim() ? [{ source: 'scopes', text: fields.scopes.slice(0, 160) }] : []);
	const scopeCheck = endpoint && data.index && data.endpoints ? computeScopeCheck(endpoint, scopes, data.endpoints, data.index) : undefined;
	if (scopeCheck && scopeCheck.held.length > 0) {
		const missing = scopeCheck.groups.filter((g) => g.heldBy === undefined);
		const line = call?.line;
		const scopesLine: EvidenceLine | undefined = fields.scopes.trim() ? { source: 'scopes', text: fields.scopes.slice(0, 160) } : undefined;
		if (missing.length > 0) add('scope_lacking', { display: scopeCheck.display, held: scopeCheck.held.slice(0, 10), missing: missing.map((g) => g.alternatives.join(' / ')) }, [line, scopesLine]);
		else add('scope_covered', { display: scopeCheck.display }, [line, scopesLine]);
	}
	// For links: the DC the input says, else the DC of the hosts used (the accounts server first).
	const used = ['accounts', 'api'].flatMap((role) => f.hosts.filter((h) => h.info.role === role && h.info.dc && !h.info.disputed && h.use !== 'api_domain'))[0];
	const userDc = user?.dc ?? used?.info.dc;
	return {
		signals,
		errors: matches,
		...(userDc ? { userDc } : {}),
		...(endpoint ? { endpoint } : {}),
		scopes,
		...(scopeCheck ? { scopeCheck } : {}),
		...(unknown[0] ? { firstUnknown: unknown[0].value } : {}),
	};
}

/** Adds a signal that may occur several times (one per error). */
function add2(signals: Signal[], code: SignalCode, params: SignalParams, lines: EvidenceLine[]): void {
	signals.push({ code, severity: 'info', params, lines });
}

type Add = (code: SignalCode, params: SignalParams, lines: (EvidenceLine | undefined)[]) => void;

function readCues(docs: readonly Doc[], data: TroubleshootData, add: Add): void {
	for (const cue of data.cues) {
		for (const doc of docs) {
			const re = new RegExp(`(?<![A-Za-z])(?:${cue.phrases.map(escapeRe).join('|')})(?![A-Za-z])`, 'i');
			const m = re.exec(doc.text);
			if (m) {
				add(cue.signal, { phrase: m[0] }, [evidenceAt(doc, m.index, m[0].length)]);
				break;
			}
		}
	}
}

function readFlow(f: RequestFacts, add: Add): void {
	const code = f.grantTypes.filter((g) => g.value === 'authorization_code');
	const of = (v: string) => f.grantTypes.find((g) => g.value === v);
	if (code[0]) add('grant_type_code', { via: 'grant_type' }, [code[0].line]);
	if (code.length > 1) add('code_exchanged_twice', { count: code.length }, code.map((c) => c.line));
	const refresh = of('refresh_token');
	if (refresh) add('grant_type_refresh', { via: 'grant_type' }, [refresh.line]);
	const migration = of('authtooauth');
	if (migration) add('grant_type_migration', {}, [migration.line]);
	const cc = of('client_credentials');
	if (cc) add('grant_type_client_credentials', {}, [cc.line]);
	if (f.tokenResponse && !f.tokenResponse.value.refresh) add('token_response_no_refresh', {}, [f.tokenResponse.line]);
	if (f.authUrl && !f.authUrl.value.offline && !f.offline) add('auth_url_no_offline', {}, [f.authUrl.line]);
	else if (f.offline && !f.consent) add('offline_without_consent', {}, [f.offline.line]);
	if (f.redirectUri) add('redirect_uri_seen', {}, [f.redirectUri.line]);
}

function readHeaders(f: RequestFacts, add: Add): void {
	const bearer = f.authSchemes.find((s) => s.value === 'bearer');
	const zoho = f.authSchemes.find((s) => s.value === 'zoho');
	if (bearer) add('auth_header_bearer', {}, [bearer.line]);
	if (zoho) add('auth_header_zoho', {}, [zoho.line]);
	if (f.tokenInQuery) add('token_in_query', { param: f.tokenInQuery.value }, [f.tokenInQuery.line]);
	const legacy = f.authSchemes.find((s) => s.value === 'legacy');
	if (legacy && !f.legacy) f.legacy = { value: 'Zoho-authtoken', line: legacy.line };
}

function readDataCenters(f: RequestFacts, user: { dc: string; via: string; line: EvidenceLine } | undefined, apiDomain: HostUse | undefined, add: Add): void {
	// A host known only through a spelling sources dispute says nothing sure about its DC.
	// The authorization URL may start at any DC (Zoho redirects to the user's); it is not a token request.
	const known = f.hosts.filter((h) => h.info.dc && !h.info.disputed && h.use !== 'api_domain' && !/^\/oauth\/v2\/auth\/?$/i.test(h.path ?? ''));
	const accountsCalled = known.filter((h) => h.info.role === 'accounts' && h.use === 'called');
	const apiCalled = known.filter((h) => h.info.role === 'api' && h.use === 'called');
	if (user) {
		const wrong = accountsCalled.find((h) => h.info.dc !== user.dc);
		if (wrong) add('accounts_dc_differs', { host: wrong.info.host, hostDc: wrong.info.dc, userDc: user.dc, via: user.via }, [wrong.line, user.line]);
		else if (accountsCalled[0] && user.via !== 'dc-field' && user.via !== 'api_domain')
			add('accounts_dc_followed', { host: accountsCalled[0].info.host, dc: user.dc }, [accountsCalled[0].line, user.line]);
		else if (accountsCalled[0]) add('accounts_dc_matches', { host: accountsCalled[0].info.host, dc: user.dc }, [accountsCalled[0].line, user.line]);
	}
	if (apiDomain) {
		const wrong = apiCalled.find((h) => h.info.dc !== apiDomain.info.dc);
		if (wrong) add('api_domain_ignored', { apiDomain: apiDomain.info.host, apiDc: apiDomain.info.dc, host: wrong.info.host, hostDc: wrong.info.dc }, [wrong.line, apiDomain.line]);
	}
	const accountsAny = known.find((h) => h.info.role === 'accounts');
	const tokenDc = user?.via === 'dc-field' || user?.via === 'location' || user?.via === 'accounts-server' || user?.via === 'user_location' ? user : accountsAny ? { dc: accountsAny.info.dc!, via: 'accounts', line: accountsAny.line } : undefined;
	if (tokenDc && !apiDomain) {
		const wrong = apiCalled.find((h) => h.info.dc !== tokenDc.dc);
		if (wrong) add('api_dc_differs', { host: wrong.info.host, hostDc: wrong.info.dc, tokenDc: tokenDc.dc, via: tokenDc.via, tokenHost: tokenDc.via === 'accounts' ? accountsAny?.info.host : undefined }, [wrong.line, tokenDc.line]);
	}
	const apiAny = known.filter((h) => h.info.role === 'api');
	const accAll = known.filter((h) => h.info.role === 'accounts');
	for (const a of accAll) {
		const b = apiAny.find((x) => x.info.dc !== a.info.dc);
		if (b) {
			add('hosts_mixed_dcs', { accountsHost: a.info.host, accountsDc: a.info.dc, apiHost: b.info.host, apiDc: b.info.dc }, [a.line, b.line]);
			break;
		}
	}
	for (const h of f.hosts) {
		if ((h.info.dc && !h.info.disputed) || h.info.role === 'website' || h.info.role === 'console') continue;
		add(h.info.role === 'accounts' ? 'accounts_host_unknown' : 'api_host_unknown', { host: h.info.host, disputedDc: h.info.disputed ? h.info.dc : undefined }, [h.line]);
	}
}

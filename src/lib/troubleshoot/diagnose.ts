// From a paste (and the optional form fields) to ranked likely causes. Rules are data
// (content/troubleshoot/causes.yaml); this file computes the named signals, words the evidence and
// ranks. Pure and total: any input gives a result, never an exception.
import type { Claim, ClientTypeId, DataCenterId } from '../schemas/common';
import { DC_IDS } from '../ids';
import type { Endpoint } from '../schemas/endpoint';
import type { TroubleshootCause, TroubleshootSignal } from '../schemas/troubleshoot';
import type { RouteTarget } from '../routes';
import { parseScopeString, scopeCovers, scopeRefToString, solveEndpointScopes, type ScopeIndex } from '../scopes';
import { matchEndpoint } from './endpoint-match';
import { extractEvidence, findKnownCode, type DcHint, type Evidence, type TroubleshootDataCenter } from './extract';
import { detectSecrets, type SecretFinding } from '../secrets';
import { isSafeErrorCode, normalizeEndpoint, safeScopeParam, type TroubleshootUrlState } from './url-state';

/** A token fact (lifetime, limit or error) as the troubleshooter shows it. */
export interface TroubleshootFact {
	id: string;
	kind: 'lifetime' | 'limit' | 'error';
	title: string;
	claims: Claim[];
	causes: string[];
	fix?: string | undefined;
	sources: string[];
}

/** Everything the matcher works from; passed in, never imported. */
export interface TroubleshootData {
	causes: readonly TroubleshootCause[];
	facts: readonly TroubleshootFact[];
	dataCenters: readonly TroubleshootDataCenter[];
	/** The endpoints catalog; without it no endpoint is identified. */
	endpoints?: readonly Endpoint[] | undefined;
	/** The scope index; without it no scope is identified. */
	index?: ScopeIndex | null | undefined;
	/** Checklist step id → title, for link labels. */
	stepTitles?: Readonly<Record<string, string>> | undefined;
	/** Client type id → short name, for link labels. */
	clientTypeNames?: Readonly<Record<string, string>> | undefined;
}

/** What the user typed: the free paste and the structured (shareable) fields. */
export interface DiagnoseInput {
	paste?: string | undefined;
	error?: string | undefined;
	endpoint?: string | undefined;
	scopes?: string | undefined;
	dc?: string | undefined;
}

/** One line of evidence: for the cause, or (`against`) speaking against it. */
export interface EvidenceLine {
	text: string;
	against?: boolean;
}

/** The scopes an endpoint needs next to the ones held. */
export interface ScopeCheck {
	endpointId: string;
	endpointName: string;
	/** `METHOD /path` as matched (module filled in). */
	display: string;
	module?: string;
	/** Module assumed when the call did not say (`{module_api_name}` unknown). */
	assumedModule?: string;
	/** Every group the endpoint needs (AND); any one alternative per group (OR). */
	groups: { alternatives: string[]; heldBy?: string }[];
	/** Canonical scopes held (from the paste and the scopes field). */
	held: string[];
	/** The narrowest scopes to add so every group is covered. */
	add: string[];
}

export interface CauseLink {
	label: string;
	/** Where it points; the page builds the URL with `routes.to`. */
	to: RouteTarget;
}

export interface RankedCause {
	/** Public id (`data-cause`). */
	id: string;
	title: string;
	score: number;
	summary: string;
	evidence: EvidenceLine[];
	confirm: string[];
	fix: string;
	facts: TroubleshootFact[];
	links: CauseLink[];
	scopeCheck?: ScopeCheck;
	fallback: boolean;
}

/** One thing identified in the input, for the "what was found" list. */
export interface Finding {
	label: string;
	value: string;
}

export interface Diagnosis {
	/** `empty`: nothing typed; `diagnosed`: at least one known cause; `not-recognised`: input but no known cause. */
	status: 'empty' | 'diagnosed' | 'not-recognised';
	causes: RankedCause[];
	findings: Finding[];
	/** Secrets in the paste or the fields (kinds and offsets in the paste only). */
	secrets: SecretFinding[];
	/** A field (not the paste) contained something secret-looking; it was left out of the link. */
	secretInFields: boolean;
	evidence: Evidence;
	/** The data center of the user's account, as far as the input says. */
	userDc?: string;
	/** Non-secret parts for a shareable link. */
	share: TroubleshootUrlState;
}

const CODE_POINTS = 100;
const PHRASE_POINTS = 80;
const TRIGGER_POINTS = 70;
const USER_DC_ORDER: DcHint['source'][] = ['api_domain', 'location', 'accounts-server', 'dc-field'];
const TOKEN_DC_SOURCES: DcHint['source'][] = ['api_domain', 'location', 'accounts-server', 'dc-field', 'accounts-host'];

function dcName(id: string, data: TroubleshootData): string {
	return data.dataCenters.find((d) => d.id === id)?.name ?? id;
}

function hintText(h: DcHint): string {
	switch (h.source) {
		case 'api_domain':
			return `\`api_domain\` ${h.value}`;
		case 'location':
			return `\`location=${h.value}\``;
		case 'accounts-server':
			return `\`accounts-server\` ${h.value}`;
		case 'dc-field':
			return 'the data center you chose';
		default:
			return `\`${h.value}\``;
	}
}

/** Known codes: those of the rules plus the titles of error facts. */
export function knownCodesOf(data: Pick<TroubleshootData, 'causes' | 'facts'>): string[] {
	const out = new Set<string>();
	for (const c of data.causes) for (const code of c.codes) out.add(code);
	for (const f of data.facts) if (f.kind === 'error') out.add(f.title);
	return [...out];
}

function safeText(s: string, max = 60): string {
	// eslint-disable-next-line no-control-regex
	const plain = s.replace(/[\u0000-\u001f\u007f-\u009f`]/g, ' ').trim();
	return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

interface SignalState {
	held: Set<TroubleshootSignal>;
	lines: Partial<Record<TroubleshootSignal, string>>;
	scopeCheck?: ScopeCheck;
}

function computeScopeCheck(ev: Evidence, data: TroubleshootData): ScopeCheck | undefined {
	const match = ev.endpoint;
	if (!match || !data.index || !data.endpoints) return undefined;
	const index = data.index;
	const solution = solveEndpointScopes([{ endpointId: match.endpoint.id, ...(match.module ? { module: match.module } : {}) }], [...data.endpoints], index, 'narrow');
	const reason = solution.endpoints[0];
	if (!reason) return undefined;
	const assumed = solution.issues.find((i) => i.code === 'module_required');
	const groups = reason.groups.map((g) => {
		const heldBy = ev.scopes.find((h) => g.alternatives.some((a) => scopeCovers(h, a, index)));
		return { alternatives: g.alternatives, ...(heldBy ? { heldBy } : {}) };
	});
	const add: string[] = [];
	reason.groups.forEach((g, i) => {
		if (groups[i]?.heldBy === undefined && g.satisfiedBy && !add.includes(g.satisfiedBy)) add.push(g.satisfiedBy);
	});
	return {
		endpointId: match.endpoint.id,
		endpointName: match.endpoint.name,
		display: match.display,
		...(reason.module ? { module: reason.module } : {}),
		...(assumed && assumed.code === 'module_required' ? { assumedModule: assumed.usedModule } : {}),
		groups,
		held: ev.scopes,
		add,
	};
}

function computeSignals(ev: Evidence, data: TroubleshootData): SignalState {
	const held = new Set<TroubleshootSignal>();
	const lines: SignalState['lines'] = {};
	const set = (s: TroubleshootSignal, line: string) => {
		held.add(s);
		lines[s] = line;
	};
	const gt = ev.grantType?.toLowerCase();
	if (gt === 'authorization_code') set('grant-type-code', 'The request exchanges a grant code (`grant_type=authorization_code`).');
	if (gt === 'refresh_token') set('grant-type-refresh', 'The request is a refresh (`grant_type=refresh_token`).');

	const userHints = ev.dcHints.filter((h) => USER_DC_ORDER.includes(h.source));
	const userDcs = new Set(userHints.map((h) => h.dc));
	const redirect = ev.dcHints.filter((h) => h.source === 'location' || h.source === 'accounts-server');
	if (redirect.length > 0) set('redirect-dc-seen', `The redirect names the user’s data center: ${redirect.map(hintText).join(', ')} (${dcName(redirect[0]!.dc, data)}).`);
	const accountsHosts = ev.dcHints.filter((h) => h.source === 'accounts-host');
	const wrongAccounts = accountsHosts.find((h) => userDcs.size > 0 && !userDcs.has(h.dc));
	if (wrongAccounts) {
		const user = userHints.find((h) => h.dc !== wrongAccounts.dc) ?? userHints[0]!;
		set(
			'accounts-dc-differs',
			`The request went to \`${wrongAccounts.value}\` (${dcName(wrongAccounts.dc, data)}), but ${hintText(user)} says the account is in ${dcName(user.dc, data)}.`,
		);
	}
	else if (accountsHosts.length > 0 && userDcs.size > 0) {
		const h = accountsHosts[0]!;
		set('accounts-dc-matches', `The request went to \`${h.value}\`, the accounts server of the user’s data center (${dcName(h.dc, data)}).`);
	}
	const tokenHints = ev.dcHints.filter((h) => TOKEN_DC_SOURCES.includes(h.source));
	const tokenDcs = new Set(tokenHints.map((h) => h.dc));
	const wrongApi = ev.dcHints.find((h) => h.source === 'api-host' && tokenDcs.size > 0 && !tokenDcs.has(h.dc));
	if (wrongApi) {
		const token = tokenHints.find((h) => h.dc !== wrongApi.dc) ?? tokenHints[0]!;
		set(
			'api-dc-differs',
			`The API call went to \`${wrongApi.value}\` (${dcName(wrongApi.dc, data)}), but ${hintText(token)} puts the token in ${dcName(token.dc, data)}.`,
		);
	}

	const check = computeScopeCheck(ev, data);
	if (ev.endpoint) set('endpoint-known', `\`${ev.endpoint.display}\` is ${ev.endpoint.endpoint.name} (${ev.endpoint.endpoint.service}).`);
	if (check && check.held.length > 0) {
		const missing = check.groups.filter((g) => g.heldBy === undefined);
		if (missing.length > 0)
			set(
				'scope-lacking',
				`Your scopes (${check.held.map((s) => `\`${s}\``).join(', ')}) cover none of ${missing
					.map((g) => g.alternatives.map((a) => `\`${a}\``).join(' / '))
					.join(', nor ')}.`,
			);
		else
			set(
				'scope-covered',
				'The scopes given cover everything this endpoint needs, so the token was probably made with other scopes (a refresh keeps the old ones), or another call failed.',
			);
	}
	if (ev.tokenResponse && !ev.tokenResponse.refreshToken)
		set('token-response-no-refresh', 'The token response has `access_token` but no `refresh_token`.');
	if (ev.authUrl) {
		const at = ev.authUrl.accessType?.toLowerCase();
		if (at !== 'offline')
			set('auth-url-no-offline', at ? `The authorization URL has \`access_type=${safeText(at, 20)}\`, not \`offline\`.` : 'The authorization URL has no `access_type=offline`.');
		else if (ev.authUrl.prompt?.toLowerCase() !== 'consent')
			set('auth-url-no-consent', 'The authorization URL has `access_type=offline` but no `prompt=consent`.');
	}
	if (ev.redirectUriSeen) set('redirect-uri-seen', 'The request sends a `redirect_uri`.');
	if (ev.httpStatus === 401) set('status-401', 'HTTP status 401.');
	if (ev.httpStatus === 403) set('status-403', 'HTTP status 403.');
	if (ev.httpStatus === 429) set('status-429', 'HTTP status 429.');
	return { held, lines, ...(check ? { scopeCheck: check } : {}) };
}

function linksFor(cause: TroubleshootCause, data: TroubleshootData, userDc: string | undefined, scopes: string[]): CauseLink[] {
	const links: CauseLink[] = [];
	const s = safeScopeParam(scopes.join(','));
	const dc = (DC_IDS as readonly string[]).includes(userDc ?? '') ? (userDc as DataCenterId) : undefined;
	for (const { clientType, step } of cause.checklist) {
		const state = { clientType: clientType as ClientTypeId, ...(dc ? { dc } : {}), ...(s ? { scopes: s } : {}) };
		const who = data.clientTypeNames?.[clientType] ?? clientType;
		const title = data.stepTitles?.[step] ?? step;
		links.push({ label: `${who}: ${title}`, to: { page: 'checklist', state, step } });
	}
	if (cause.composer) {
		links.push({ label: s ? 'Open these scopes in the scope composer' : 'Build the scope string in the scope composer', to: { page: 'scopes', scopes: s } });
	}
	return links;
}

function factsOf(ids: readonly string[], data: TroubleshootData): TroubleshootFact[] {
	return ids.flatMap((id) => data.facts.find((f) => f.id === id) ?? []);
}

function parseFieldScopes(text: string, index: ScopeIndex | null | undefined): string[] {
	if (!index || !text.trim()) return [];
	return parseScopeString(text.slice(0, 20_000), index).scopes.map(scopeRefToString);
}

/**
 * Diagnoses a paste plus the optional fields. Never throws; unknown input gives
 * `status: 'not-recognised'` with the general checks, not a guess.
 * @example diagnose({ paste: '{"code":"OAUTH_SCOPE_MISMATCH"}' }, data).causes[0]?.id // 'scope-mismatch'
 */
export function diagnose(input: DiagnoseInput, data: TroubleshootData): Diagnosis {
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	const paste = str(input?.paste);
	const errorField = str(input?.error).trim().slice(0, 200);
	const endpointField = str(input?.endpoint).trim().slice(0, 1000);
	const scopesField = str(input?.scopes).slice(0, 20_000);
	const dcField = str(input?.dc).trim().toLowerCase();
	const knownCodes = knownCodesOf(data);
	const phrases = [...new Set(data.causes.flatMap((c) => c.phrases.map((p) => p.toLowerCase())))];
	const ev = extractEvidence(paste, { knownCodes, phrases, dataCenters: data.dataCenters, endpoints: data.endpoints, index: data.index });

	// Merge the fields: they are explicit, so they come first.
	if (errorField) {
		const known = findKnownCode(errorField, knownCodes);
		if (known) ev.codes = [known, ...ev.codes.filter((c) => c !== known)];
		else if (isSafeErrorCode(errorField) && !ev.unknownCodes.includes(errorField)) ev.unknownCodes.unshift(errorField);
	}
	if (endpointField && data.endpoints) {
		const normalized = normalizeEndpoint(endpointField) ?? endpointField;
		const m = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S+)/i.exec(normalized);
		const match = m ? matchEndpoint(m[1]?.toUpperCase(), (m[2] ?? '').replace(/^https?:\/\/[^/]+/i, ''), data.endpoints) : undefined;
		if (match) ev.endpoint = match;
	}
	for (const s of parseFieldScopes(scopesField, data.index)) if (!ev.scopes.includes(s)) ev.scopes.push(s);
	if (dcField && data.dataCenters.some((d) => d.id === dcField) && !ev.dcHints.some((h) => h.source === 'dc-field'))
		ev.dcHints.push({ dc: dcField, source: 'dc-field', value: dcField });

	const signals = computeSignals(ev, data);
	let userDc: string | undefined;
	for (const src of [...USER_DC_ORDER, 'accounts-host', 'api-host'] as DcHint['source'][]) {
		userDc ??= ev.dcHints.find((h) => h.source === src)?.dc;
	}

	const causes: (RankedCause & { order: number })[] = [];
	const ruleCodes = new Set<string>();
	data.causes.forEach((cause, order) => {
		if (cause.fallback) return;
		for (const c of cause.codes) ruleCodes.add(c);
		const codes = cause.codes.filter((c) => ev.codes.includes(c));
		const hitPhrases = cause.phrases.filter((p) => ev.phrases.includes(p.toLowerCase()));
		const triggers = cause.triggers.filter((t) => signals.held.has(t));
		if (codes.length === 0 && hitPhrases.length === 0 && triggers.length === 0) return;
		let score = cause.prior + (codes.length > 0 ? CODE_POINTS : 0) + (hitPhrases.length > 0 ? PHRASE_POINTS : 0) + (triggers.length > 0 ? TRIGGER_POINTS : 0);
		const evidence: EvidenceLine[] = [];
		for (const c of codes) evidence.push({ text: `The response contains \`${c}\`.` });
		for (const p of hitPhrases) evidence.push({ text: `The text says “${p}”.` });
		const named = new Set<TroubleshootSignal>([...cause.triggers, ...(Object.keys(cause.weights) as TroubleshootSignal[])]);
		for (const s of named) {
			if (!signals.held.has(s)) continue;
			const w = cause.weights[s] ?? 0;
			score += w;
			const line = signals.lines[s];
			if (line && (w !== 0 || cause.triggers.includes(s))) evidence.push({ text: line, ...(w < 0 ? { against: true } : {}) });
		}
		const scopeCheck = cause.composer ? signals.scopeCheck : undefined;
		const linkScopes = scopeCheck ? [...scopeCheck.held, ...scopeCheck.add] : ev.scopes;
		causes.push({
			id: cause.id,
			title: cause.title,
			score,
			summary: cause.summary,
			evidence,
			confirm: cause.confirm,
			fix: cause.fix,
			facts: factsOf(cause.facts, data),
			links: linksFor(cause, data, userDc, linkScopes),
			...(scopeCheck ? { scopeCheck } : {}),
			fallback: false,
			order,
		});
	});
	// Codes that only a token fact knows (device flow, session refresh, …): the fact's own causes and fix.
	for (const code of ev.codes) {
		if (ruleCodes.has(code)) continue;
		const fact = data.facts.find((f) => f.kind === 'error' && f.title === code);
		if (!fact) continue;
		causes.push({
			id: fact.id,
			title: `\`${fact.title}\``,
			score: CODE_POINTS + 40,
			summary: fact.claims.map((c) => c.value).join(' '),
			evidence: [{ text: `The response contains \`${code}\`.` }],
			confirm: fact.causes,
			fix: fact.fix ?? 'See the sources below.',
			facts: [fact],
			links: [],
			fallback: false,
			order: data.causes.length,
		});
	}
	causes.sort((a, b) => b.score - a.score || a.order - b.order);

	const hasInput = paste.trim() !== '' || errorField !== '' || endpointField !== '' || scopesField.trim() !== '';
	let status: Diagnosis['status'] = causes.length > 0 ? 'diagnosed' : hasInput ? 'not-recognised' : 'empty';
	if (status === 'not-recognised') {
		const fb = data.causes.find((c) => c.fallback);
		if (fb) {
			const evidence: EvidenceLine[] = ev.unknownCodes.length
				? ev.unknownCodes.slice(0, 3).map((c) => ({ text: `The error \`${safeText(c)}\` is not one this page knows.` }))
				: [{ text: 'No Zoho error code this page knows was found in what you gave.' }];
			causes.push({
				id: fb.id,
				title: fb.title,
				score: 0,
				summary: fb.summary,
				evidence,
				confirm: fb.confirm,
				fix: fb.fix,
				facts: factsOf(fb.facts, data),
				links: linksFor(fb, data, userDc, ev.scopes),
				fallback: true,
				order: 0,
			});
		}
	}
	if (!hasInput) status = 'empty';

	const findings = describeFindings(ev, data);
	const fieldSecrets = [errorField, endpointField, scopesField].some((v) => v !== '' && detectSecrets(v).length > 0);
	const share: TroubleshootUrlState = {};
	const firstCode = ev.codes[0] ?? ev.unknownCodes.find((c) => isSafeErrorCode(c));
	if (firstCode && isSafeErrorCode(firstCode)) share.error = firstCode;
	const ep = ev.endpoint ? normalizeEndpoint(ev.endpoint.display) : undefined;
	if (ep) share.endpoint = ep;
	const s = safeScopeParam(ev.scopes.join(','));
	if (s) share.scopes = s;
	if (userDc && (DC_IDS as readonly string[]).includes(userDc)) share.dc = userDc as DataCenterId;
	return {
		status,
		causes: causes.map(({ order: _o, ...c }) => c),
		findings,
		secrets: detectSecrets(paste),
		secretInFields: fieldSecrets,
		evidence: ev,
		...(userDc ? { userDc } : {}),
		share,
	};
}

function describeFindings(ev: Evidence, data: TroubleshootData): Finding[] {
	const out: Finding[] = [];
	if (ev.codes.length) out.push({ label: 'Error code', value: ev.codes.map((c) => `\`${c}\``).join(', ') });
	if (ev.unknownCodes.length) out.push({ label: 'Unknown error', value: ev.unknownCodes.slice(0, 3).map((c) => `\`${safeText(c)}\``).join(', ') });
	if (ev.phrases.length) out.push({ label: 'Message', value: ev.phrases.map((p) => `“${p}”`).join(', ') });
	if (ev.httpStatus !== undefined) out.push({ label: 'HTTP status', value: String(ev.httpStatus) });
	if (ev.endpoint) out.push({ label: 'Endpoint', value: `\`${ev.endpoint.display}\` — ${ev.endpoint.endpoint.name}` });
	else if (ev.path) out.push({ label: 'Request', value: `\`${ev.method ? `${ev.method} ` : ''}${safeText(ev.path, 120)}\` (not in the endpoints catalog)` });
	if (ev.grantType) out.push({ label: 'Grant type', value: `\`${safeText(ev.grantType, 40)}\`` });
	for (const h of ev.dcHints) {
		const label =
			h.source === 'api_domain' ? 'Token’s API domain'
			: h.source === 'location' ? 'Redirect location'
			: h.source === 'accounts-server' ? 'Redirect accounts-server'
			: h.source === 'accounts-host' ? 'Accounts server used'
			: h.source === 'api-host' ? 'API domain called'
			: 'Data center chosen';
		out.push({ label, value: `${h.source === 'dc-field' ? '' : `\`${h.value}\` → `}${dcName(h.dc, data)} (\`${h.dc}\`)` });
	}
	if (ev.scopes.length) out.push({ label: 'Scopes', value: ev.scopes.slice(0, 20).map((s) => `\`${s}\``).join(', ') + (ev.scopes.length > 20 ? ' …' : '') });
	if (ev.tokenResponse) out.push({ label: 'Token response', value: ev.tokenResponse.refreshToken ? 'with `refresh_token`' : 'without `refresh_token`' });
	if (ev.authUrl)
		out.push({
			label: 'Authorization URL',
			value: `\`access_type\`: ${ev.authUrl.accessType ? `\`${safeText(ev.authUrl.accessType, 20)}\`` : 'missing'}, \`prompt\`: ${ev.authUrl.prompt ? `\`${safeText(ev.authUrl.prompt, 20)}\`` : 'missing'}`,
		});
	return out;
}

// All wording of the troubleshooter: signals, evidence, links, the scope check, what would help.
// Detection returns codes plus params (types.ts); these `describe*` functions turn them into
// sentences, so islands and pages only render text. Backticked parts are shown as code; nothing
// here is HTML. Values from the input (hosts, codes) are quoted, never interpreted.
import { SECRET_LABELS, type SecretKind } from '../secrets';
import type { CauseEvidence, CauseLink, Diagnosis, EvidenceLine, MissingPart, RankedCause, ScopeCheck, Signal, TroubleshootData } from './types';

/** Names the wording needs: data centers, client types, checklist steps. */
export interface MessageContext {
	dcNames?: Readonly<Record<string, string>>;
	clientTypeNames?: Readonly<Record<string, string>>;
	stepTitles?: Readonly<Record<string, string>>;
}

const q = (v: unknown) => `\`${String(v ?? '').replace(/`/g, "'").slice(0, 120)}\``;
const dcName = (ctx: MessageContext, id: unknown) => `${ctx.dcNames?.[String(id)] ?? String(id)} (${q(id)})`;
const VIA: Record<string, string> = {
	'dc-field': 'the data center you chose',
	api_domain: 'the token’s `api_domain`',
	location: 'the redirect’s `location`',
	'accounts-server': 'the redirect’s `accounts-server`',
	user_location: 'the device flow’s `user_location`',
	accounts: 'the accounts server that issued it',
};

/**
 * One sentence for a signal.
 * @example describeSignal({ code: 'status_401', severity: 'info', params: { status: 401 }, lines: [] }, {}) // 'HTTP status 401.'
 */
export function describeSignal(s: Signal, ctx: MessageContext = {}): string {
	const p = s.params;
	switch (s.code) {
		case 'error_known':
			return `${q(p.literal)} (${p.service}).`;
		case 'error_unknown':
			return `The error ${q(p.value)} is not one this page knows.`;
		case 'scopes_given':
			return (p.scopes as string[]).map(q).join(', ');
		case 'grant_type_code':
			return p.via === 'grant_type' ? 'The request exchanges a grant code (`grant_type=authorization_code`).' : `A log line says the grant code is being exchanged (${q(p.phrase)}).`;
		case 'grant_type_refresh':
			return p.via === 'grant_type' ? 'The request is a refresh (`grant_type=refresh_token`).' : `A log line says a refresh was attempted (${q(p.phrase)}).`;
		case 'grant_type_migration':
			return 'The request migrates a legacy authtoken (`grant_type=authtooauth`).';
		case 'grant_type_client_credentials':
			return 'The request uses the client-credentials grant (`grant_type=client_credentials`).';
		case 'code_exchanged_twice':
			return `A grant code is exchanged ${p.count} times in what you gave; a code works once.`;
		case 'token_endpoint_called':
			return `The request went to the token endpoint (${q(p.path)}).`;
		case 'api_called':
			return p.host ? `An API call went to ${q(p.host)}.` : 'An API call was made.';
		case 'endpoint_known':
			return `${q(p.display)} is ${p.name} (${p.service}).`;
		case 'api_version_old':
			return `The call uses API version ${q(p.called)}; the current one is ${q(p.current)}.`;
		case 'legacy_api':
			return `The request uses the retired authtoken API (${q(p.via)}).`;
		case 'auth_header_bearer':
			return 'The access token is sent as `Authorization: Bearer …`; Zoho’s APIs expect `Zoho-oauthtoken`.';
		case 'auth_header_zoho':
			return 'The access token is sent as `Authorization: Zoho-oauthtoken …`, as documented.';
		case 'token_in_query':
			return `The access token is sent in the URL (${q(p.param)}), not in the \`Authorization\` header.`;
		case 'redirect_dc':
			return `The ${p.via === 'user_location' ? 'device flow' : 'redirect'} names the user’s data center: ${q(p.value)} → ${dcName(ctx, p.dc)}.`;
		case 'accounts_dc_differs':
			return `The token request went to ${q(p.host)} (${dcName(ctx, p.hostDc)}), but ${VIA[String(p.via)] ?? p.via} puts the account in ${dcName(ctx, p.userDc)}.`;
		case 'accounts_dc_followed':
			return `The token request went to ${q(p.host)}, the accounts server the redirect named (${dcName(ctx, p.dc)}).`;
		case 'accounts_dc_matches':
			return `The token request went to ${q(p.host)}, the accounts server of the data center you chose (${dcName(ctx, p.dc)}).`;
		case 'api_dc_differs':
			return `The API call went to ${q(p.host)} (${dcName(ctx, p.hostDc)}), but ${p.tokenHost ? `the token came from ${q(p.tokenHost)}` : VIA[String(p.via)] ?? p.via} (${dcName(ctx, p.tokenDc)}).`;
		case 'api_domain_ignored':
			return `The token’s \`api_domain\` is ${q(p.apiDomain)} (${dcName(ctx, p.apiDc)}), but the API call went to ${q(p.host)} (${dcName(ctx, p.hostDc)}).`;
		case 'hosts_mixed_dcs':
			return `The accounts server ${q(p.accountsHost)} is in ${dcName(ctx, p.accountsDc)}, the API host ${q(p.apiHost)} in ${dcName(ctx, p.apiDc)}.`;
		case 'accounts_host_unknown':
		case 'api_host_unknown':
			return p.disputedDc
				? `${q(p.host)} is not the documented host of ${dcName(ctx, p.disputedDc)}; only some sources spell it so.`
				: `${q(p.host)} is not a host of any Zoho data center; each DC has its own domain.`;
		case 'account_dc_not_default':
			return `The account is in ${dcName(ctx, p.dc)}, not the default data center, so every Zoho URL must be that DC’s.`;
		case 'scope_lacking':
			return `The scopes given (${(p.held as string[]).map(q).join(', ')}) cover none of ${(p.missing as string[]).map(q).join(', nor ')}.`;
		case 'scope_covered':
			return `The scopes given cover everything ${q(p.display)} needs, so the token was probably made with other scopes (a refresh keeps the old ones), or another call failed.`;
		case 'token_response_no_refresh':
			return 'The token response has `access_token` but no `refresh_token`.';
		case 'offline_without_consent':
			return 'The authorization asks for `access_type=offline` but not `prompt=consent`, so a returning user gets no new refresh token.';
		case 'auth_url_no_offline':
			return 'The authorization URL has no `access_type=offline`, so no refresh token is issued.';
		case 'redirect_uri_seen':
			return 'The request sends a `redirect_uri`.';
		case 'status_400':
		case 'status_401':
		case 'status_403':
		case 'status_404':
		case 'status_429':
			return `HTTP status ${p.status}.`;
		case 'cue_fails_after_time':
			return `The text says the token expired or stops working after a while (${q(p.phrase)}); access tokens last an hour.`;
		case 'cue_refresh_works':
			return `The text says the refresh works (${q(p.phrase)}), so the token is not simply expired.`;
		case 'cue_dc_mentioned':
			return `The text mentions data centers or regions (${q(p.phrase)}).`;
		case 'cue_code_reused':
			return `The text describes a code used more than once (${q(p.phrase)}).`;
	}
}

/**
 * One sentence for a piece of evidence of a cause; an error adds what it means.
 * @example describeEvidence(cause.evidence[0], data, ctx) // '`invalid_code` (Zoho Accounts): The code or refresh token …'
 */
export function describeEvidence(e: CauseEvidence, data: Pick<TroubleshootData, 'errors'>, ctx: MessageContext = {}): string {
	if (e.signal.code === 'error_known') {
		const entry = data.errors.find((x) => x.id === e.signal.params.error);
		return `${q(e.signal.params.literal)} (${e.signal.params.service})${entry ? `: ${entry.meaning}` : '.'}`;
	}
	return describeSignal(e.signal, ctx);
}

/** Where an evidence line comes from: `line 3`, `Error code field`. */
export function describeLineSource(l: EvidenceLine): string {
	switch (l.source) {
		case 'paste':
			return `line ${l.line ?? 1}`;
		case 'error':
			return 'Error code field';
		case 'endpoint':
			return 'Endpoint field';
		case 'scopes':
			return 'Scopes field';
		case 'dc':
			return 'Data center field';
	}
}

/** What a cause shows: its content from causes.yaml, or a token fact's for errors no cause covers. */
export interface CauseText {
	title: string;
	summary: string;
	confirm: string[];
	fix: string;
	sources: string[];
	factIds: string[];
}

/** The title, summary, checks, fix and sources of a ranked cause. */
export function describeCause(c: RankedCause, data: Pick<TroubleshootData, 'causes' | 'facts'>): CauseText {
	const rule = data.causes.find((r) => r.id === c.id);
	if (rule) return { title: rule.title, summary: rule.summary, confirm: rule.confirm, fix: rule.fix, sources: rule.sources, factIds: rule.facts };
	const fact = data.facts.find((f) => f.id === (c.factId ?? c.id));
	return {
		title: `\`${fact?.title ?? c.id}\``,
		summary: fact ? fact.claims.map((x) => x.value).join(' ') : '',
		confirm: fact?.causes ?? [],
		fix: fact?.fix ?? 'See the sources below.',
		sources: fact?.sources ?? [],
		factIds: fact ? [fact.id] : [],
	};
}

/** The label of a cause's link: `Server-based: Send the user to Zoho's consent screen`. */
export function describeLink(l: CauseLink, ctx: MessageContext = {}): string {
	if (l.kind === 'composer') return l.withScopes ? 'Open these scopes in the scope composer' : 'Build the scope string in the scope composer';
	return `${ctx.clientTypeNames?.[l.clientType] ?? l.clientType}: ${ctx.stepTitles?.[l.step] ?? l.step}`;
}

/** The scope check's wording. */
export interface ScopeCheckText {
	heading: string;
	assumed?: string;
	groups: { held: boolean; badge: string; text: string }[];
	conclusion: string;
	lacking: boolean;
}

/** Words the scope check: what the endpoint needs, what is held, what to add. */
export function describeScopeCheck(check: ScopeCheck): ScopeCheckText {
	const groups = check.groups.map((g) => ({
		held: g.heldBy !== undefined,
		badge: g.heldBy ? 'Held' : 'Missing',
		text: `${g.alternatives.length > 1 ? 'one of ' : ''}${g.alternatives.map(q).join(', ')}${g.heldBy ? ` — covered by ${q(g.heldBy)}` : ''}`,
	}));
	const lacking = check.held.length > 0 && check.add.length > 0;
	const conclusion =
		check.held.length === 0
			? 'Add the scope string the token was made with to see which of these it lacks.'
			: lacking
				? `Lacking: add ${check.add.map(q).join(', ')} to the \`scope\` parameter, then get them granted: a new consent or Self Client code, or incremental authorization for a server-based app. Refreshing keeps the old scopes.`
				: 'The scopes given cover this endpoint.';
	return {
		heading: `Scopes ${q(check.display)} needs`,
		...(check.assumedModule ? { assumed: `The module was not given; ${q(check.assumedModule)} is assumed.` } : {}),
		groups,
		conclusion,
		lacking,
	};
}

const MISSING: Record<MissingPart, string> = {
	response: 'the full response body or exception (the error code is in it, even with HTTP 200)',
	endpoint: 'the endpoint you called (`METHOD /path`, or the whole request)',
	dc: 'the data center of the account (or the `accounts-server` and `location` from the redirect)',
	scopes: 'the scope string the token was made with',
};

/** What to add for a better answer, as list items. */
export function describeMissing(missing: readonly MissingPart[]): string[] {
	return missing.map((m) => MISSING[m]);
}

/** The notice above the causes, or undefined when there is nothing to say. */
export function describeStatus(d: Pick<Diagnosis, 'status' | 'signals'>): string | undefined {
	if (d.status !== 'not-recognised') return undefined;
	return d.signals.some((s) => s.code === 'error_known')
		? 'Recognised, but not enough to name a cause: the text has a known wrapper or message without the error inside it. Adding any of these would help:'
		: 'Not recognised: nothing here matches an error this page knows, so it does not guess. Adding any of these would help:';
}

/** The warning for secrets in the paste. */
export function describeSecretWarning(kinds: readonly SecretKind[]): string {
	return `This looks like it contains a secret: ${kinds.map((k) => SECRET_LABELS[k]).join(', ')}. It stays in this tab and is never put in the link, but do not paste it into tickets or chats: revoke it if it was shared.`;
}

/** The status line after copying the link. */
export function describeCopyResult(ok: boolean): string {
	return ok ? 'Link copied. It holds no pasted text and no secret.' : 'Copy failed: select the link and copy it by hand.';
}

/** A finding for the "What was found" list: a label and the signal's sentence. */
export interface FindingText {
	label: string;
	value: string;
}

const FINDING_LABELS: Partial<Record<Signal['code'], string>> = {
	error_known: 'Error',
	error_unknown: 'Unknown error',
	status_400: 'HTTP status',
	status_401: 'HTTP status',
	status_403: 'HTTP status',
	status_404: 'HTTP status',
	status_429: 'HTTP status',
	grant_type_code: 'Grant',
	grant_type_refresh: 'Grant',
	grant_type_migration: 'Grant',
	grant_type_client_credentials: 'Grant',
	endpoint_known: 'Endpoint',
	scopes_given: 'Scopes',
	api_called: 'API call',
	token_endpoint_called: 'Token request',
	auth_header_bearer: 'Header',
	auth_header_zoho: 'Header',
	token_in_query: 'Header',
	redirect_dc: 'Data center',
	account_dc_not_default: 'Data center',
	token_response_no_refresh: 'Token response',
};

/** The signals worth listing under "What was found", each with a label. */
export function describeFindings(signals: readonly Signal[], ctx: MessageContext = {}): FindingText[] {
	return signals.flatMap((s) => {
		const label = FINDING_LABELS[s.code];
		return label ? [{ label, value: describeSignal(s, ctx) }] : [];
	});
}

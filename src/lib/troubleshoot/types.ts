// The troubleshooter's data shapes: what it reads from a paste (signals, as codes plus params, each
// with the lines that show it), the rules it ranks with (passed in, from content/troubleshoot/) and
// what it returns. No wording here: src/lib/troubleshoot/messages.ts words every code. Zod-free, so
// islands can import these without shipping the schema library.
import type { ClientTypeId } from '../ids';
import type { Issue } from '../issues';
import type { RouteTarget } from '../routes';
import type { Claim } from '../schemas/common';
import type { Endpoint } from '../schemas/endpoint';
import type { ScopeIndex } from '../scopes';
import type { SecretFinding } from '../secrets';
import type { TroubleshootUrlState } from './url-state';

/**
 * The named signals. Rules (`content/troubleshoot/causes.yaml` `triggers` and `weights`) refer to
 * them by code; phrase cues (`cues.yaml`) set the `cue_*` ones. Codes are permanent.
 */
export const SIGNAL_CODES = [
	/** A documented error literal (content/troubleshoot/errors.yaml) was found. */
	'error_known',
	/** An error-shaped value that the vocabulary does not know. */
	'error_unknown',
	/** A grant-code exchange (`grant_type=authorization_code`, or an SDK's grant-token log line). */
	'grant_type_code',
	/** A refresh (`grant_type=refresh_token`, or an SDK's "Hence refreshing" log line). */
	'grant_type_refresh',
	/** The legacy authtoken migration grant (`grant_type=authtooauth`). */
	'grant_type_migration',
	/** The client-credentials grant (`grant_type=client_credentials`). */
	'grant_type_client_credentials',
	/** The same code exchanged twice: two or more grant-code exchanges in one paste. */
	'code_exchanged_twice',
	/** A request to the token endpoint (`/oauth/v2/token`, `/oauth/v3/device/token`). */
	'token_endpoint_called',
	/** A call to a Zoho product API (not the accounts server). */
	'api_called',
	/** The called path is an endpoint of the catalog. */
	'endpoint_known',
	/** The called path uses an older API version than the catalog's. */
	'api_version_old',
	/** The retired authtoken API: `authtoken=`, a `Zoho-authtoken` header, `/crm/private/…`. */
	'legacy_api',
	/** The access token went out as `Authorization: Bearer …`. */
	'auth_header_bearer',
	/** The access token went out as `Authorization: Zoho-oauthtoken …` (the documented scheme). */
	'auth_header_zoho',
	/** The access token went out as a query parameter of an API call. */
	'token_in_query',
	/** A redirect or device-flow answer names the user's data center (`location`, `accounts-server`, `user_location`). */
	'redirect_dc',
	/** A token request went to an accounts server of another DC than the user's. */
	'accounts_dc_differs',
	/** A token request went to the accounts server the redirect named. */
	'accounts_dc_followed',
	/** A token request went to the accounts server of the DC chosen in the form. */
	'accounts_dc_matches',
	/** An API call went to another DC than the token's (DC chosen, accounts server used). */
	'api_dc_differs',
	/** The token response's `api_domain` names one DC and the API call went to another. */
	'api_domain_ignored',
	/** The paste names an accounts server and an API domain of different DCs. */
	'hosts_mixed_dcs',
	/** A Zoho-looking accounts host that no data center uses (e.g. `accounts.zoho.ae` before the DC existed). */
	'accounts_host_unknown',
	/** A Zoho-looking API host that no data center uses (e.g. `mail.zoho.ca`: Canada is `zohocloud.ca`). */
	'api_host_unknown',
	/** The account is outside the default (first) data center. */
	'account_dc_not_default',
	/** Scopes were given (field or paste): the canonical list read with the scope catalog. */
	'scopes_given',
	/** Endpoint and scopes are known, and the scopes miss a group the endpoint needs. */
	'scope_lacking',
	/** Endpoint and scopes are known, and the scopes cover everything the endpoint needs. */
	'scope_covered',
	/** A token response (has `access_token`) without `refresh_token`. */
	'token_response_no_refresh',
	/** `access_type=offline` is asked for but `prompt=consent` is not. */
	'offline_without_consent',
	/** An authorization URL without `access_type=offline`. */
	'auth_url_no_offline',
	/** A `redirect_uri` was sent. */
	'redirect_uri_seen',
	/** HTTP status lines. */
	'status_400',
	'status_401',
	'status_403',
	'status_404',
	'status_429',
	/** Phrase cues (content/troubleshoot/cues.yaml): it fails after a while and works again after a refresh or restart. */
	'cue_fails_after_time',
	/** Phrase cue: the refresh itself works, yet API calls fail. */
	'cue_refresh_works',
	/** Phrase cue: the text talks about data centers or regions. */
	'cue_dc_mentioned',
	/** Phrase cue: a code was used twice or replayed. */
	'cue_code_reused',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

/** Where a line of evidence comes from: the paste (1-based line) or a form field. */
export type LineSource = 'paste' | 'error' | 'endpoint' | 'scopes' | 'dc';

/** A line of what the user gave that supports a signal: plain text, secrets redacted, clipped. */
export interface EvidenceLine {
	source: LineSource;
	/** 1-based line number in the paste (paste lines only). */
	line?: number;
	text: string;
}

/** Signal params: plain values only (hosts, DC ids, codes, error ids), never a secret. */
export type SignalParams = Record<string, string | number | string[] | undefined>;

/** One thing the troubleshooter read from the input, with the lines that show it. */
export interface Signal extends Issue<SignalCode, SignalParams> {
	lines: EvidenceLine[];
}

/** A documented error (content/troubleshoot/errors.yaml), as the matcher needs it. */
export interface VocabularyEntry {
	id: string;
	/** Product or SDK, for display (`Zoho CRM`, `Zoho Desk`, `CRM Java SDK`). */
	service: string;
	where: 'token-endpoint' | 'authorization' | 'api' | 'sdk' | 'console';
	/** Codes exactly as returned; found case-sensitively in text, in any case as an error field's value. */
	codes: string[];
	/** Numeric codes, found only as a code field's value, after "code", or at the start of a line. */
	numbers: string[];
	/** Message text, found case-insensitively. */
	phrases: string[];
	/** What it means, in our words. */
	meaning: string;
	/** Cause id → points this error gives it. */
	causes: Record<string, number>;
}

/** A phrase cue (content/troubleshoot/cues.yaml): phrases that set a `cue_*` signal. */
export interface Cue {
	signal: SignalCode;
	phrases: string[];
}

/** A cause as the ranker and the page need it (content/troubleshoot/causes.yaml). */
export interface CauseRule {
	id: string;
	title: string;
	summary: string;
	confirm: string[];
	fix: string;
	/** Signals that list this cause even without an error literal. */
	triggers: SignalCode[];
	/** Signal → points once the cause is listed (negative speaks against it). */
	weights: Partial<Record<SignalCode, number>>;
	/** Tie-breaker among causes with equal evidence (higher first). */
	prior: number;
	facts: string[];
	checklist: { clientType: ClientTypeId; step: string }[];
	composer: boolean;
	fallback: boolean;
	sources: string[];
}

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

/** A data center as the troubleshooter needs it (content/data-centers.yaml). */
export interface TroubleshootDataCenter {
	id: string;
	name: string;
	location: string;
	accountsServer: string;
	apiDomain: string;
	consoleUrl?: string | undefined;
	/** Other spellings sources give (hosts in backticks are read from them). */
	disputed?: readonly { value: string }[] | undefined;
}

/** Everything `diagnose` works from; passed in, never imported. */
export interface TroubleshootData {
	causes: readonly CauseRule[];
	errors: readonly VocabularyEntry[];
	cues: readonly Cue[];
	facts: readonly TroubleshootFact[];
	dataCenters: readonly TroubleshootDataCenter[];
	/** The endpoints catalog (any service); without it no endpoint is identified. */
	endpoints?: readonly Endpoint[] | undefined;
	/** The scope index; without it no scope is identified. */
	index?: ScopeIndex | null | undefined;
}

/** What the user typed: the free paste and the structured (shareable) fields. */
export interface DiagnoseInput {
	paste?: string | undefined;
	error?: string | undefined;
	endpoint?: string | undefined;
	scopes?: string | undefined;
	dc?: string | undefined;
}

/** The scopes an endpoint needs next to the ones held. */
export interface ScopeCheck {
	endpointId: string;
	/** `METHOD /path` as matched (module filled in). */
	display: string;
	/** Module assumed when the call did not say. */
	assumedModule?: string;
	/** Every group the endpoint needs (AND); any one alternative per group (OR). */
	groups: { alternatives: string[]; heldBy?: string }[];
	/** Canonical scopes held (from the paste and the scopes field). */
	held: string[];
	/** The narrowest scopes to add so every group is covered. */
	add: string[];
}

/** A link of a cause: a checklist step or the scope composer; labels come from messages.ts. */
export type CauseLink =
	| { kind: 'checklist'; clientType: ClientTypeId; step: string; to: RouteTarget }
	| { kind: 'composer'; withScopes: boolean; to: RouteTarget };

/** One signal as it bears on a cause: its points and whether it speaks against the cause. */
export interface CauseEvidence {
	signal: Signal;
	points: number;
	against: boolean;
}

/** A cause with its score and the evidence for (and against) it. */
export interface RankedCause {
	/** Public id (`data-cause`): a cause of causes.yaml, or a token fact for errors no cause covers. */
	id: string;
	score: number;
	evidence: CauseEvidence[];
	scopeCheck?: ScopeCheck;
	links: CauseLink[];
	/** The not-recognised entry (general checks), listed only when nothing matched. */
	fallback: boolean;
	/** Set when the entry is a token fact (an error no cause covers) rather than a cause. */
	factId?: string;
}

/** What would help when nothing was recognised. */
export type MissingPart = 'response' | 'endpoint' | 'dc' | 'scopes';

/** The result of `diagnose`. */
export interface Diagnosis {
	/** `empty`: nothing typed; `diagnosed`: at least one cause; `not-recognised`: input but no cause. */
	status: 'empty' | 'diagnosed' | 'not-recognised';
	causes: RankedCause[];
	/** Everything read from the input, in reading order. */
	signals: Signal[];
	/** What to add to the input for a better answer (most useful first). */
	missing: MissingPart[];
	/** Secrets in the paste (kinds and offsets only). */
	secrets: SecretFinding[];
	/** A field (not the paste) contained something secret-looking; it was left out of the link. */
	secretInFields: boolean;
	/** The data center of the user's account, as far as the input says. */
	userDc?: string;
	/** Non-secret parts for a shareable link. */
	share: TroubleshootUrlState;
}

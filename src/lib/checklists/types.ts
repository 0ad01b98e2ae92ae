import type {
	ChecklistPhase,
	ChecklistPhaseFile,
	Claim,
	ClientType,
	ClientTypeId,
	Confidence,
	DataCenter,
	DataCenterId,
	SdkLang,
	SnippetFile,
	TokenFact,
} from '../schemas';
import type { Issue, Severity } from '../issues';

/** What the user chose. Only `clientId` is personal; it is never put into a URL. */
export interface ChecklistInput {
	clientType: ClientTypeId;
	dataCenter: DataCenterId;
	/** Scope string as typed, e.g. `ZohoCRM.modules.ALL,ZohoCRM.users.READ`; may be empty. */
	scopes: string;
	/** SDK language for code snippets; none shown when absent. */
	lang?: SdkLang | undefined;
	/** Client ID from the API Console; when absent, commands show `{client_id}`. */
	clientId?: string | undefined;
}

/** Parsed content the generator works from; passed in, never imported. */
export interface ChecklistData {
	clientTypes: readonly (ClientType & { id: string })[];
	dataCenters: readonly DataCenter[];
	/** Parsed `content/checklist-steps/*.yaml`, any order. */
	steps: readonly ChecklistPhaseFile[];
	/** Parsed `content/snippets/*.yaml`. */
	snippets: readonly SnippetFile[];
	tokenFacts: readonly TokenFact[];
}

/** A console field the client type asks for at registration. */
export interface ChecklistField {
	id: string;
	label: string;
	/** What to type there. */
	value: string;
	required: boolean;
	/** Sources disagree on whether the field is asked for. */
	disputed: Claim[];
	sources: string[];
}

export interface ChecklistCommand {
	label: string;
	text: string;
	/** `url` for a link to open in a browser, `shell` for a command to run. */
	kind: 'shell' | 'url';
	note?: string;
}

export interface ChecklistCode {
	lang: SdkLang;
	/** Language name, e.g. `Java`. */
	langName: string;
	/** e.g. `Zoho CRM Java SDK 8.0`. */
	sdk: string;
	/** Fence language for Markdown, e.g. `java`. */
	fence: string;
	/** Snippet id in content/snippets/<lang>.yaml (keys the build-time highlighting). */
	snippetId: string;
	title: string;
	text: string;
	/** Remarks: SDK caveats, unconfirmed data-center classes. */
	notes: string[];
	install?: string;
	confidence: Confidence;
	sources: string[];
}

/** A token fact (lifetime, limit, error) resolved from its id. */
export interface ChecklistFact {
	id: string;
	kind: TokenFact['kind'];
	title: string;
	claims: Claim[];
	/** `true` when sources disagree (more than one claim). */
	disputed: boolean;
	causes: string[];
	fix?: string;
	sources: string[];
}

export interface ChecklistNote {
	text: string;
	/** With two or more claims, sources disagree and all are shown. */
	claims: Claim[];
	sources: string[];
}

export interface ChecklistStepResult {
	/** Stable id: tick-off key and HTML anchor. */
	id: string;
	phase: ChecklistPhase;
	title: string;
	/** Markdown-lite body, placeholders filled. */
	body: string;
	optional: boolean;
	/** Only on registration steps. */
	fields?: ChecklistField[];
	commands: ChecklistCommand[];
	code?: ChecklistCode;
	facts: ChecklistFact[];
	notes: ChecklistNote[];
	sources: string[];
	confidence: Confidence;
}

export type ChecklistWarningCode =
	| 'missing_client_type'
	| 'missing_data_center'
	| 'no_scopes'
	| 'unsafe_scope_dropped'
	| 'invalid_client_id'
	| 'missing_fact'
	| 'missing_snippet'
	| 'sdk_dc_missing'
	| 'unfilled_placeholder';

/** How serious each warning is: content faults are errors, choices to revisit are warnings. */
export const CHECKLIST_WARNING_SEVERITY: Record<ChecklistWarningCode, Severity> = {
	missing_client_type: 'error',
	missing_data_center: 'error',
	missing_fact: 'error',
	missing_snippet: 'error',
	unfilled_placeholder: 'error',
	no_scopes: 'warning',
	unsafe_scope_dropped: 'warning',
	invalid_client_id: 'warning',
	sdk_dc_missing: 'info',
};

/**
 * Something the reader should know about this checklist; wording in `messages.ts`. `stepId` is the
 * step it is about, if any; `ref` the offending id or value (truncated, plain text).
 */
export type ChecklistWarning = Issue<ChecklistWarningCode, { stepId?: string; ref?: string }>;

export interface Checklist {
	title: string;
	clientType: { id: ClientTypeId; name: string; shortName: string };
	dataCenter: {
		id: DataCenterId;
		name: string;
		accountsServer: string;
		apiDomain: string;
		consoleUrl: string;
		/** Other values sources give for this DC's servers. */
		disputed: Claim[];
	};
	/** Scope string as used in the commands (safe scopes, comma-joined); `{scopes}` when none. */
	scopes: string;
	lang?: { id: SdkLang; name: string; sdk: string; install?: string };
	/** Phases that have steps, in order. */
	phases: { id: ChecklistPhase; title: string }[];
	steps: ChecklistStepResult[];
	warnings: ChecklistWarning[];
}

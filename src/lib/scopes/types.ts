// Shared types of the scope domain core: canonical scope references and the issue union that the
// parser, minimizer and endpoint solver return. Wording for every issue lives in messages.ts.

/** A scope in canonical (documented) spelling, split into its three parts. */
export interface ScopeRef {
	/** Service name as documented, e.g. `ZohoCRM`. */
	service: string;
	/** Dotted scope name as documented, e.g. `modules.leads`. */
	name: string;
	/** Operation as documented for this scope, e.g. `READ`. */
	operation: string;
}

/** How serious an issue is: `error` means Zoho will reject or ignore the scope. */
export type Severity = 'error' | 'warning' | 'info';

interface IssueBase {
	severity: Severity;
	/** The offending text exactly as typed (for separators: the separator text). */
	token: string;
	/** Offset of `token` in the original input (UTF-16 code units), inclusive. */
	start: number;
	/** Offset just past `token` in the original input. */
	end: number;
}

/**
 * One problem found in a pasted scope string. Codes are stable API (UI and tests key off them).
 * Detection only; `formatScopeIssue` turns an issue into a sentence.
 */
export type ScopeIssue = IssueBase &
	(
		| { code: 'empty_segment' }
		| { code: 'stray_separator'; position: 'leading' | 'trailing' | 'doubled' }
		| { code: 'non_comma_separator'; count: number }
		| { code: 'extracted_from_url' }
		| { code: 'too_long'; maxLength: number }
		| { code: 'unknown_service'; suggestion?: string }
		| { code: 'missing_scope_name'; service: string; example?: string }
		| { code: 'unknown_scope'; service: string; suggestion?: string }
		| { code: 'unknown_operation'; scope: string; validOperations: string[]; suggestion?: string }
		| { code: 'invalid_operation'; scope: string; operation: string; validOperations: string[] }
		| { code: 'missing_operation'; scope: string; validOperations: string[] }
		| { code: 'wrong_case'; canonical: string }
		| { code: 'deprecated_scope'; canonical: string; reason: string; replacements: string[] }
		| { code: 'duplicate_scope'; canonical: string; firstStart: number }
		| { code: 'redundant_scope'; canonical: string; coveredBy: string; coveredByStart: number }
		| { code: 'possibly_redundant'; canonical: string; coveredBy: string; coveredByStart: number }
	);

/** Every issue code the parser can emit. */
export type ScopeIssueCode = ScopeIssue['code'];

/** Issues of the endpoint solver (no input offsets: they refer to picks). */
export type EndpointIssue =
	| { code: 'unknown_endpoint'; severity: 'error'; endpointId: string }
	| { code: 'module_required'; severity: 'warning'; endpointId: string; usedModule: string }
	| { code: 'unknown_module'; severity: 'error'; endpointId: string; module: string; suggestion?: string }
	| { code: 'unsatisfiable_group'; severity: 'error'; endpointId: string; group: string[] };

/** Every issue code the endpoint solver can emit. */
export type EndpointIssueCode = EndpointIssue['code'];

/** Builds the scope string of a reference, e.g. `ZohoCRM.modules.leads.READ`. */
export function scopeRefToString(ref: ScopeRef): string {
	return `${ref.service}.${ref.name}.${ref.operation}`;
}

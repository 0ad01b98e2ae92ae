// One call for the scope composer: parse once, then explain, word the issues and flag risks, all
// from that one parse result. Pure data, no HTML.
import type { ScopeIndex } from './catalog';
import { riskOf, type ScopeRiskFlag } from './diff';
import { explainScope, formatScopeIssue, type ScopeExplanation } from './messages';
import type { RemovedScope } from './minimize';
import { parseScopeString } from './parse';
import { scopeRefToString, type ScopeIssue, type ScopeRef } from './types';

/** An issue with its sentence from `formatScopeIssue`. */
export type ExplainedScopeIssue = ScopeIssue & { message: string };

/** One token of the analyzed input. */
export interface AnalyzedScopeToken {
	raw: string;
	start: number;
	end: number;
	/** Canonical spelling when the token is a valid scope. */
	canonical?: string;
	scope?: ScopeRef;
	explanation?: ScopeExplanation;
	issues: ExplainedScopeIssue[];
}

/** Result of `analyzeScopeString`. */
export interface ScopeAnalysis {
	tokens: AnalyzedScopeToken[];
	/** All issues in input order, each with its message. */
	issues: ExplainedScopeIssue[];
	/** Count of issues per severity. */
	counts: { error: number; warning: number; info: number };
	/** Minimal canonical scope list (valid scopes only). */
	minimal: string[];
	/** `minimal` joined with commas: what to paste into Zoho. */
	minimalString: string;
	/** Input tokens left out of `minimal`, and why, in input order. */
	removed: RemovedScope[];
	/** Broad or sensitive scopes of the minimal list. */
	risks: ScopeRiskFlag[];
	/** `true` when no issue is an error. */
	valid: boolean;
}

function withMessage(issue: ScopeIssue): ExplainedScopeIssue {
	return { ...issue, message: formatScopeIssue(issue) };
}

/**
 * Analyzes a pasted scope string for the UI in one call (one parse).
 * @example analyzeScopeString('ZohoCRM.modules.ALL ZohoCRM.modules.leads.read', index).minimalString // 'ZohoCRM.modules.ALL'
 */
export function analyzeScopeString(input: string, index: ScopeIndex): ScopeAnalysis {
	const parsed = parseScopeString(input, index);
	const removed: RemovedScope[] = [];
	const tokens = parsed.tokens.map((t): AnalyzedScopeToken => {
		const out: AnalyzedScopeToken = { raw: t.raw, start: t.start, end: t.end, issues: t.issues.map(withMessage) };
		if (t.scope && t.canonical !== undefined) {
			out.scope = t.scope;
			out.canonical = t.canonical;
			out.explanation = explainScope(t.scope, index);
		}
		if (!t.scope) removed.push({ scope: t.raw, reason: 'invalid' });
		else if (t.dropped) {
			const by = t.issues.find((i) => i.code === 'redundant_scope');
			const coveredBy = by?.code === 'redundant_scope' ? by.coveredBy : t.canonical;
			removed.push({ scope: t.canonical ?? t.raw, reason: t.dropped, ...(coveredBy ? { coveredBy } : {}) });
		}
		return out;
	});
	const issues = parsed.issues.map(withMessage);
	const counts = { error: 0, warning: 0, info: 0 };
	for (const i of issues) counts[i.severity]++;
	const minimal = parsed.minimal.map(scopeRefToString);
	return {
		tokens,
		issues,
		counts,
		minimal,
		minimalString: minimal.join(','),
		removed,
		risks: parsed.minimal.flatMap((s) => riskOf(s, index) ?? []),
		valid: parsed.valid,
	};
}

// Wording of every scope issue and scope explanation. Detection code returns data; this module
// turns it into full sentences: what happened, why, and what to do, with values in backticks.
import { findScopeEntry, isCoversAllOperation, type ScopeIndex } from './catalog';
import { listGrants } from './coverage';
import type { EndpointIssue, ScopeIssue, ScopeRef } from './types';

const code = (s: string) => `\`${s}\``;
const codes = (list: string[]) => list.map(code).join(', ');
const alternatives = (list: string[]) =>
	list.length > 1 ? `${list.slice(0, -1).map(code).join(', ')} or ${code(list[list.length - 1] ?? '')}` : codes(list);

function lastPart(token: string): string {
	return token.slice(token.lastIndexOf('.') + 1);
}

/** Names a separator in words, e.g. `a space`, `a new line`, `a URL-encoded comma (%2C)`. */
function describeSeparator(token: string): string {
	const t = token.toLowerCase();
	if (t.includes('%2c')) return 'a URL-encoded comma (`%2C`)';
	if (t.includes('%20') || t.includes('%0a') || t.includes('%09')) return 'URL-encoded spaces';
	if (t.includes(';')) return 'a semicolon';
	if (t.includes('+')) return 'a plus sign';
	if (/[\r\n]/.test(t)) return 'a new line';
	if (t.includes('\t')) return 'a tab';
	return 'a space';
}

function formatEndpointIssue(issue: EndpointIssue): string {
	switch (issue.code) {
		case 'unknown_endpoint':
			return `Unknown endpoint ${code(issue.endpointId)}. It is not in the endpoint catalog; pick an endpoint from the list.`;
		case 'module_required':
			return `Endpoint ${code(issue.endpointId)} works on a module, and none was chosen, so ${code(issue.usedModule)} was assumed. Pick the module your app calls to get its exact scope.`;
		case 'unknown_module':
			return `Unknown module ${code(issue.module)} for endpoint ${code(issue.endpointId)}. Module scopes use lower-case scope names such as \`leads\` (custom modules use \`custom\`)${issue.suggestion ? `; did you mean ${code(issue.suggestion)}?` : '.'}`;
		case 'unsatisfiable_group':
			return `No scope in the catalog satisfies ${codes(issue.group)} for endpoint ${code(issue.endpointId)}. The endpoint entry or the scope catalog needs fixing; add the scope by hand meanwhile.`;
	}
}

/**
 * A full-sentence message for an issue of the parser or the endpoint solver.
 * @example formatScopeIssue(issue) // 'Unknown operation `REED` in `ZohoCRM.modules.leads.REED`. This scope takes …'
 */
export function formatScopeIssue(issue: ScopeIssue | EndpointIssue): string {
	if (!('token' in issue)) return formatEndpointIssue(issue);
	const t = issue.token;
	switch (issue.code) {
		case 'empty_segment':
			return `${code(t)} has an empty part between dots. A scope reads \`Service.scope.OPERATION\`; remove the extra dot.`;
		case 'stray_separator':
			return issue.position === 'doubled'
				? 'Two commas in a row leave an empty scope. Zoho expects exactly one comma between scopes; remove the extra comma.'
				: `A comma at the ${issue.position === 'leading' ? 'start' : 'end'} of the list has no scope on one side. Remove it; Zoho expects commas only between scopes.`;
		case 'non_comma_separator':
			return `Scopes are separated by ${describeSeparator(t)}${issue.count > 1 ? ` (and ${issue.count - 1} more non-comma separator${issue.count > 2 ? 's' : ''})` : ''}. Zoho expects a comma between scopes, with no spaces; use the comma-separated minimal list.`;
		case 'extracted_from_url':
			return 'The scopes were read from the `scope` parameter of the pasted URL; the rest of the URL was ignored.';
		case 'too_long':
			return `The input is longer than ${issue.maxLength} characters, so only the first ${issue.maxLength} were read. Paste the scope list on its own.`;
		case 'unknown_service':
			return `Unknown service ${code(t.split('.')[0] ?? t)} in ${code(t)}. It is not a Zoho service in this catalog${issue.suggestion ? `; did you mean ${code(issue.suggestion)}?` : '; check the product\'s scope documentation.'}`;
		case 'missing_scope_name':
			return `${code(t)} names a service but no scope. A scope reads \`Service.scope.OPERATION\`${issue.example ? `, for example ${code(issue.example)}` : ''}.`;
		case 'unknown_scope':
			return `Unknown scope ${code(t)}: ${code(issue.service)} has no scope by that name${issue.suggestion ? `. Did you mean ${code(issue.suggestion)}?` : '. Search the catalog for the right name.'}`;
		case 'unknown_operation':
			return `Unknown operation ${code(lastPart(t))} in ${code(t)}. This scope takes ${issue.validOperations.join(', ')}${issue.suggestion ? `; did you mean ${code(issue.suggestion)}?` : '; use one of those.'}`;
		case 'invalid_operation':
			return `Operation ${code(issue.operation)} does not apply to ${code(issue.scope)}. This scope takes ${issue.validOperations.length === 1 ? 'only ' : ''}${issue.validOperations.join(', ')}; use one of those.`;
		case 'missing_operation':
			return `${code(t)} has no operation. Add one after a dot, for example ${code(`${issue.scope}.${issue.validOperations[0] ?? 'READ'}`)}; this scope takes ${issue.validOperations.join(', ')}.`;
		case 'wrong_case':
			return `${code(t)} is written in a different case from Zoho's documentation, ${code(issue.canonical)}. Use the documented spelling; some Zoho services treat scope names as case-sensitive.`;
		case 'deprecated_scope':
			return `${code(issue.canonical)} is deprecated: ${issue.reason.replace(/\.?$/, '.')} ${issue.replacements.length > 0 ? `Use ${alternatives(issue.replacements)} instead.` : 'Remove it.'}`;
		case 'duplicate_scope':
			return `${code(issue.canonical)} appears more than once. Keep one; the minimal list has it once.`;
		case 'redundant_scope':
			return `${code(issue.canonical)} is not needed: ${code(issue.coveredBy)}, also in the list, already grants it (Zoho documents this). Remove ${code(issue.canonical)}.`;
		case 'possibly_redundant':
			return `${code(t)} may already be covered by ${code(issue.coveredBy)}; kept. Zoho's documentation does not say that ${code(issue.coveredBy)} grants ${code(issue.canonical)}, and a token without a needed scope fails with \`OAUTH_SCOPE_MISMATCH\`. Keep both unless you have tested without it.`;
	}
}

/** A plain explanation of one valid scope, for the composer. */
export interface ScopeExplanation {
	/** Catalog summary of the scope name. */
	summary: string;
	/** What the operation means for this scope. */
	operationMeaning: string;
	/** One or two sentences combining both. */
	sentence: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const coverageText = new WeakMap<ScopeIndex, Map<string, string>>();

/** What else a scope grants by documented coverage, what it may grant, and the service-wide caveat (memoized per index). */
function describeCoverage(scope: ScopeRef, index: ScopeIndex): string {
	let memo = coverageText.get(index);
	if (!memo) coverageText.set(index, (memo = new Map()));
	const key = `${scope.service}.${scope.name}.${scope.operation}`;
	const known = memo.get(key);
	if (known !== undefined) return known;
	const text = computeCoverageText(scope, index);
	memo.set(key, text);
	return text;
}

function computeCoverageText(scope: ScopeRef, index: ScopeIndex): string {
	const entry = findScopeEntry(index, scope.service, scope.name);
	if (!entry) return '';
	const own = entry.key;
	const documented = [...new Set(listGrants(scope, index).map((g) => g.slice(0, g.lastIndexOf('.'))))].filter((n) => n.toLowerCase() !== own);
	const granted = new Set(documented.map((n) => n.toLowerCase()));
	const undocumented = entry.descendants.filter((d) => d !== entry && !granted.has(d.key)).map((d) => d.fullName);
	let out = '';
	if (documented.length > 0) out += ` Zoho documents that it also grants ${plural(documented.length, 'narrower scope')}, such as ${code(documented[0] ?? '')}.`;
	if (undocumented.length === 1) {
		out += ` Zoho's documentation does not say whether it grants the narrower scope ${code(undocumented[0] ?? '')}; request that one too if your calls need it.`;
	} else if (undocumented.length > 1) {
		out += ` Zoho's documentation does not say whether it grants the ${undocumented.length} narrower scopes under it, such as ${code(undocumented[0] ?? '')}; request those too if your calls need them.`;
	}
	if (entry.entry.serviceWide && documented.length === 0) {
		out += ` Zoho's documentation does not say what else this service-wide scope grants, so the composer treats it as granting nothing beyond its own name.`;
	}
	return out;
}

/**
 * Explains a canonical scope from the catalog summary and the operation meaning.
 * @example explainScope({ service: 'ZohoCRM', name: 'modules.leads', operation: 'READ' }, index).sentence
 */
export function explainScope(scope: ScopeRef, index: ScopeIndex): ScopeExplanation {
	const entry = findScopeEntry(index, scope.service, scope.name);
	const summary = entry?.entry.summary ?? '';
	const others = (entry?.entry.operations ?? []).filter((op) => !isCoversAllOperation(index, op));
	const operationMeaning = isCoversAllOperation(index, scope.operation)
		? `every operation of this scope${others.length > 0 ? ` (${others.join(', ')})` : ''}`
		: (index.operationByLower.get(scope.operation.toLowerCase())?.meaning ?? scope.operation).replace(/\.$/, '');
	const coverage = describeCoverage(scope, index);
	const all = isCoversAllOperation(index, scope.operation);
	const sentence = all
		? `${summary.replace(/\.?$/, '.')} Operation ${code(scope.operation)}: ${operationMeaning}.${coverage}`
		: `${summary.replace(/\.?$/, '.')} This token grants only ${code(scope.operation)}: ${operationMeaning.replace(/^./, (c) => c.toLowerCase())}.${coverage}`;
	return { summary, operationMeaning, sentence };
}

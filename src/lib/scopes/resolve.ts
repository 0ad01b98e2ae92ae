// Resolves one scope text (no separators) against the catalog: `Service.name[.sub].OPERATION`,
// matched case-insensitively, returning the canonical spelling and the issues of this token alone.
import type { IndexedEntry, ScopeIndex } from './catalog';
import { findNearest } from './suggest';
import { scopeRefToString, type ScopeIssue, type ScopeRef } from './types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An issue about one token, before the parser adds the token text and offsets. */
export type ScopeIssueDetail = DistributiveOmit<ScopeIssue, 'token' | 'start' | 'end'>;

/** What one token resolves to. `scope` is set when the token names a valid scope (any case). */
export interface ResolvedScope {
	scope?: ScopeRef;
	entry?: IndexedEntry;
	issues: ScopeIssueDetail[];
}

const namesByService = new WeakMap<ScopeIndex, Map<string, string[]>>();

/** Scope names of each service (lower-case service key), built once per index. */
function listServiceScopeNames(index: ScopeIndex, service: string): string[] {
	let byService = namesByService.get(index);
	if (!byService) {
		byService = new Map();
		for (const e of index.entries) {
			const key = e.service.toLowerCase();
			const names = byService.get(key);
			if (names) names.push(e.entry.name);
			else byService.set(key, [e.entry.name]);
		}
		namesByService.set(index, byService);
	}
	return byService.get(service.toLowerCase()) ?? [];
}

function suggestScope(index: ScopeIndex, service: string, name: string, op: string | undefined): string | undefined {
	const prefix = `${service}.`.toLowerCase();
	const names = listServiceScopeNames(index, service);
	const near = findNearest(name, names);
	if (near === undefined) return undefined;
	const entry = index.entryByKey.get(`${prefix}${near.toLowerCase()}`);
	const canonicalOp = op === undefined ? undefined : entry?.operationsByLower.get(op.toLowerCase());
	return canonicalOp ? `${service}.${near}.${canonicalOp}` : `${service}.${near}`;
}

function resolveOperation(entry: IndexedEntry, op: string, index: ScopeIndex): ResolvedScope {
	const canonicalOp = entry.operationsByLower.get(op.toLowerCase());
	const validOperations = entry.entry.operations;
	if (canonicalOp === undefined) {
		if (index.operationByLower.has(op.toLowerCase())) {
			return { issues: [{ code: 'invalid_operation', severity: 'error', scope: entry.fullName, operation: op, validOperations }] };
		}
		const suggestion = findNearest(op, validOperations);
		return {
			issues: [{ code: 'unknown_operation', severity: 'error', scope: entry.fullName, validOperations, ...(suggestion ? { suggestion } : {}) }],
		};
	}
	return { scope: { service: entry.service, name: entry.entry.name, operation: canonicalOp }, entry, issues: [] };
}

/**
 * Resolves one scope text such as `zohocrm.Modules.leads.read`. Never throws; wrong case is
 * accepted (with a `wrong_case` warning), and deprecated scopes resolve with a warning.
 * @example resolveScopeText('ZohoCRM.modules.leads.REED', index).issues[0]?.code // 'unknown_operation'
 */
export function resolveScopeText(text: string, index: ScopeIndex): ResolvedScope {
	const segments = text.split('.');
	if (segments.some((s) => s.length === 0)) return { issues: [{ code: 'empty_segment', severity: 'error' }] };
	const [first = '', ...rest] = segments;
	const svc = index.serviceByLower.get(first.toLowerCase());
	if (!svc) {
		const suggestion = findNearest(first, index.services.map((s) => s.service));
		return { issues: [{ code: 'unknown_service', severity: 'error', ...(suggestion ? { suggestion } : {}) }] };
	}
	const service = svc.service;
	const last = rest[rest.length - 1] ?? '';
	const nameParts = rest.slice(0, -1);
	if (nameParts.length === 0 && (rest.length === 0 || index.operationByLower.has(last.toLowerCase()))) {
		const sample = svc.scopes[0];
		const example = sample ? `${service}.${sample.name}.${sample.operations[0] ?? ''}` : undefined;
		return { issues: [{ code: 'missing_scope_name', severity: 'error', service, ...(example ? { example } : {}) }] };
	}
	const named = nameParts.length > 0 ? index.entryByKey.get(`${service}.${nameParts.join('.')}`.toLowerCase()) : undefined;
	const result: ResolvedScope | undefined = named ? resolveOperation(named, last, index) : undefined;
	if (!result?.scope) {
		const whole = index.entryByKey.get(`${service}.${rest.join('.')}`.toLowerCase());
		if (whole) {
			return { issues: [{ code: 'missing_operation', severity: 'error', scope: whole.fullName, validOperations: whole.entry.operations }] };
		}
	}
	if (!result) {
		const opLike = index.operationByLower.has(last.toLowerCase());
		const suggestion = suggestScope(index, service, opLike ? nameParts.join('.') : rest.join('.'), opLike ? last : undefined);
		return { issues: [{ code: 'unknown_scope', severity: 'error', service, ...(suggestion ? { suggestion } : {}) }] };
	}
	const { scope, entry } = result;
	if (!scope || !entry) return result;
	const canonical = scopeRefToString(scope);
	const issues: ScopeIssueDetail[] = [];
	if (canonical !== text) issues.push({ code: 'wrong_case', severity: 'warning', canonical });
	const dep = entry.entry.deprecated;
	if (dep) {
		issues.push({ code: 'deprecated_scope', severity: 'warning', canonical, reason: dep.reason, replacements: dep.replacements });
	}
	return { scope, entry, issues };
}

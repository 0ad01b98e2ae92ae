// Build-time checks of the coverage rules against the rest of the content: every rule names scopes
// that exist, and no documented rule makes one scope group of an endpoint satisfy another (two
// groups on one endpoint mean the first does not satisfy the second, unless a source says so, in
// which case the endpoint entry should merge them). Every endpoint's service has its API facts.
import type { ApiService } from '../schemas/api-service';
import type { CoverageEdge } from '../schemas/coverage';
import type { Endpoint } from '../schemas/endpoint';
import type { Operation, ServiceCatalog } from '../schemas/scope';
import { createScopeIndex, findScopeEntry, listModules } from './catalog';
import { scopeCoverage } from './coverage';

/** One problem: which file, which field, what is wrong. */
export interface CoverageContentIssue {
	file: string;
	field: string;
	message: string;
}

type F<T> = T & { file: string };

/** Checks content/scope-coverage.yaml, the endpoint groups and content/api-services.yaml together. */
export function checkCoverageContent(bundle: {
	operations: Operation[];
	services: ServiceCatalog[];
	coverage: F<CoverageEdge>[];
	endpoints: F<Endpoint>[];
	apiServices: F<ApiService>[];
}): CoverageContentIssue[] {
	const issues: CoverageContentIssue[] = [];
	const index = createScopeIndex(bundle);
	for (const edge of bundle.coverage) {
		const [service = '', ...rest] = edge.from.split('.');
		const op = rest.pop() ?? '';
		const name = rest.join('.');
		if (service === '*') continue;
		const svc = index.serviceByLower.get(service.toLowerCase());
		if (!svc) {
			issues.push({ file: edge.file, field: `${edge.id}.from`, message: `unknown service \`${service}\`` });
			continue;
		}
		if (name !== '{scope}') {
			const entry = findScopeEntry(index, service, name);
			if (!entry) issues.push({ file: edge.file, field: `${edge.id}.from`, message: `unknown scope \`${service}.${name}\`` });
			else if (op !== '{op}' && !entry.operationsByLower.has(op.toLowerCase())) {
				issues.push({ file: edge.file, field: `${edge.id}.from`, message: `\`${op}\` is not an operation of \`${entry.fullName}\`` });
			}
		}
		edge.to.forEach((t, i) => {
			const target = t.slice(0, t.lastIndexOf('.'));
			if (target === '*' || target.includes('{scope}')) return;
			const concrete = target.endsWith('.*') ? target.slice(0, -2) : target;
			if (!findScopeEntry(index, service, concrete)) issues.push({ file: edge.file, field: `${edge.id}.to[${i}]`, message: `unknown scope \`${service}.${concrete}\`` });
		});
	}
	for (const ep of bundle.endpoints) {
		if (ep.scopeGroups.length < 2) continue;
		const module = listModules(index, ep.service)[0] ?? 'leads';
		const groups = ep.scopeGroups.map((g) => g.map((p) => p.replaceAll('{module}', module)));
		groups.forEach((gi, i) =>
			groups.forEach((gj, j) => {
				if (i === j) return;
				for (const a of gi) {
					const b = gj.find((x) => scopeCoverage(a, x, index) === 'documented');
					if (b) {
						issues.push({
							file: ep.file,
							field: `${ep.id}.scopeGroups[${i}]`,
							message: `\`${a}\` (group ${i + 1}) satisfies group ${j + 1} through \`${b}\` by a documented rule in content/scope-coverage.yaml, but two groups on one endpoint mean the first does not satisfy the second: narrow the rule (or merge the groups if a source says one covers the other)`,
						});
						return;
					}
				}
			}),
		);
	}
	const described = new Set(bundle.apiServices.map((s) => s.id));
	const missing = new Map<string, F<Endpoint>>();
	for (const ep of bundle.endpoints) if (!described.has(ep.service) && !missing.has(ep.service)) missing.set(ep.service, ep);
	for (const [service, ep] of missing) {
		issues.push({ file: 'content/api-services.yaml', field: '(file)', message: `service \`${service}\` has endpoints (e.g. \`${ep.id}\` in ${ep.file}) but no entry for its API base and ids` });
	}
	return issues;
}

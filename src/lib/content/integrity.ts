// Cross-reference checks over all content: every id a file mentions must exist. Schemas check each
// file alone; this checks them together. Returns issues (data); formatIntegrityIssues words them.
import { CLIENT_TYPE_IDS, DC_IDS } from '../schemas';
import { checkCoverageContent } from '../scopes/coverage-check';
import { compareQuestionsWithEngine } from '../wizard/questions';
import { checkSnippetsAgainstSdkApi } from './sdk-integrity';
import type { ContentBundle } from './bundle';

/** One broken reference: which file, which field (a path), and what is wrong. */
export interface IntegrityIssue {
	file: string;
	field: string;
	message: string;
}

const MODULE_PLACEHOLDER = '{module}';

/** Module used to resolve `{module}` in a service's endpoint scope patterns: its first `modules.*` scope. */
function sampleModule(bundle: Pick<ContentBundle, 'services'>, service: string): string {
	const scopes = bundle.services.find((s) => s.service === service)?.scopes ?? [];
	return scopes.find((e) => /^modules\.[A-Za-z0-9_]+$/.test(e.name))?.name.slice('modules.'.length) ?? 'leads';
}

/**
 * Resolves `Service.scope.name.OPERATION` against the catalog. Returns null when it resolves,
 * otherwise why not.
 */
export function explainUnresolvedScope(bundle: Pick<ContentBundle, 'services'>, scope: string): string | null {
	const parts = scope.split('.');
	if (parts.length < 3) return `\`${scope}\` is not of the form Service.scope.OPERATION`;
	const [service, ...rest] = parts;
	const op = rest.pop() as string;
	const name = rest.join('.');
	const catalog = bundle.services.find((s) => s.service.toLowerCase() === service!.toLowerCase());
	if (!catalog) return `unknown service \`${service}\` in \`${scope}\``;
	const entry = catalog.scopes.find((e) => e.name.toLowerCase() === name.toLowerCase());
	if (!entry) return `unknown scope \`${service}.${name}\` in \`${scope}\``;
	if (!entry.operations.some((o) => o.toLowerCase() === op.toLowerCase())) {
		return `\`${op}\` is not an operation of \`${service}.${name}\` (it takes ${entry.operations.join(', ')})`;
	}
	return null;
}

/** Checks every cross-reference in the bundle. An empty list means all references resolve. */
export function checkContentIntegrity(bundle: ContentBundle): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const add = (file: string, field: string, message: string) => issues.push({ file, field, message });

	const opIds = new Set(bundle.operations.map((o) => o.id.toLowerCase()));
	for (const op of bundle.operations) {
		op.implies.forEach((imp, i) => {
			if (!opIds.has(imp.toLowerCase())) add(op.file, `${op.id}.implies[${i}]`, `unknown operation \`${imp}\``);
		});
	}

	for (const svc of bundle.services) {
		const seen = new Set<string>();
		svc.scopes.forEach((entry, i) => {
			const key = entry.name.toLowerCase();
			if (seen.has(key)) add(svc.file, `scopes[${i}].name`, `scope \`${entry.name}\` is listed twice`);
			seen.add(key);
			entry.operations.forEach((op, j) => {
				if (!opIds.has(op.toLowerCase())) {
					add(svc.file, `scopes[${i}].operations[${j}]`, `unknown operation \`${op}\` (not in content/operations.yaml)`);
				}
			});
			entry.deprecated?.replacements.forEach((rep, j) => {
				const [service, ...name] = rep.split('.');
				const target = bundle.services.find((s) => s.service === service);
				if (!target?.scopes.some((e) => e.name === name.join('.'))) {
					add(svc.file, `scopes[${i}].deprecated.replacements[${j}]`, `unknown scope \`${rep}\``);
				}
			});
		});
	}

	const endpointIds = new Set<string>();
	for (const ep of bundle.endpoints) {
		if (endpointIds.has(ep.id)) add(ep.file, `${ep.id}.id`, `endpoint id \`${ep.id}\` is used twice`);
		endpointIds.add(ep.id);
		const sample = sampleModule(bundle, ep.service);
		ep.scopeGroups.forEach((group, g) =>
			group.forEach((pattern, k) => {
				const why = explainUnresolvedScope(bundle, pattern.split(MODULE_PLACEHOLDER).join(sample));
				if (why) add(ep.file, `${ep.id}.scopeGroups[${g}][${k}]`, why);
			}),
		);
	}
	for (const c of checkCoverageContent(bundle)) add(c.file, c.field, c.message);

	const glossaryIds = new Set(bundle.glossary.map((t) => t.id));
	for (const term of bundle.glossary) {
		term.related.forEach((rel, i) => {
			if (!glossaryIds.has(rel)) add(term.file, `${term.id}.related[${i}]`, `unknown glossary term \`${rel}\``);
		});
	}

	const typeIds = new Set(bundle.clientTypes.map((t) => t.id));
	for (const id of CLIENT_TYPE_IDS) {
		if (!typeIds.has(id)) add(`content/client-types/${id}.yaml`, '(file)', `client type \`${id}\` is missing`);
	}
	for (const t of bundle.clientTypes) {
		if (!(CLIENT_TYPE_IDS as readonly string[]).includes(t.id)) {
			add(t.file, '(file name)', `\`${t.id}\` is not a client type id (${CLIENT_TYPE_IDS.join(', ')})`);
		}
	}
	const dcIds = new Set(bundle.dataCenters.map((d) => d.id));
	for (const id of DC_IDS) {
		if (!dcIds.has(id)) add('content/data-centers.yaml', 'id', `data center \`${id}\` is missing`);
	}
	for (const w of bundle.walkthroughs) {
		if (!typeIds.has(w.clientType)) add(w.file, 'clientType', `unknown client type \`${w.clientType}\``);
	}
	const factIds = new Set(bundle.tokenFacts.map((f) => f.id));
	const stepIds = new Set(bundle.checklistSteps.flatMap((phase) => phase.steps.map((st) => st.id)));
	for (const c of bundle.troubleshootCauses) {
		c.facts.forEach((id, i) => {
			if (!factIds.has(id)) add(c.file, `${c.id}.facts[${i}]`, `unknown token fact \`${id}\``);
		});
		c.checklist.forEach((l, i) => {
			if (!stepIds.has(l.step)) add(c.file, `${c.id}.checklist[${i}].step`, `unknown checklist step \`${l.step}\``);
		});
		c.triggers.forEach((t, i) => {
			if (!((c.weights[t] ?? 0) > 0)) add(c.file, `${c.id}.triggers[${i}]`, `trigger \`${t}\` needs a positive weight in \`weights\``);
		});
	}
	const causeIds = new Set(bundle.troubleshootCauses.map((c) => c.id));
	for (const e of bundle.troubleshootErrors) {
		for (const id of Object.keys(e.causes)) {
			if (!causeIds.has(id)) add(e.file, `${e.id}.causes.${id}`, `unknown cause \`${id}\` (not in content/troubleshoot/causes.yaml)`);
		}
	}

	issues.push(...checkSnippetsAgainstSdkApi(bundle));

	const questionsFile = bundle.wizardQuestions[0]?.file ?? 'content/wizard/questions.yaml';
	for (const q of compareQuestionsWithEngine(bundle.wizardQuestions)) {
		const field = q.value === undefined ? `${q.question}` : `${q.question}.options(${q.value})`;
		add(questionsFile, field, `${q.code.replace(/_/g, ' ')}: the engine's answers for \`${q.question}\` are fixed (see src/lib/schemas/wizard.ts)`);
	}
	return issues;
}

/** One error message listing every issue as `file → field: message`. */
export function formatIntegrityIssues(issues: IntegrityIssue[]): string {
	const lines = issues.map((i) => `  ${i.file} → ${i.field}: ${i.message}`);
	return `Content cross-reference check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}). Fix these files:\n${lines.join('\n')}`;
}

// Client type × data center × scopes × SDK language → an ordered setup checklist. Pure and
// deterministic: all content arrives as arguments; nothing is read from disk or the environment.
import { CHECKLIST_PHASES } from '../ids';
import type { ChecklistPhase, ChecklistStep, ClientType, DataCenter, SnippetFile, TokenFact } from '../schemas';
import {
	CLIENT_ID_MARKER,
	CLIENT_SECRET_REF,
	REDIRECT_URI_MARKER,
	SCOPES_MARKER,
	displayValue,
	fillTemplate,
	safeClientId,
	safeScopeList,
	type PlaceholderValues,
} from './placeholders';
import { sdkWithoutDcClassNote } from './messages';
import type {
	Checklist,
	ChecklistCode,
	ChecklistData,
	ChecklistFact,
	ChecklistField,
	ChecklistInput,
	ChecklistNote,
	ChecklistStepResult,
	ChecklistWarning,
	ChecklistWarningCode,
} from './types';
import { CHECKLIST_WARNING_SEVERITY } from './types';

/** Collects warnings without duplicates, in the order they were first raised. */
class Warnings {
	readonly list: ChecklistWarning[] = [];
	private readonly seen = new Set<string>();
	add(code: ChecklistWarningCode, params: ChecklistWarning['params'] = {}): void {
		const key = `${code}|${params.stepId ?? ''}|${params.ref ?? ''}`;
		if (this.seen.has(key)) return;
		this.seen.add(key);
		this.list.push({ code, severity: CHECKLIST_WARNING_SEVERITY[code], params });
	}
}

/** Fills a template and reports placeholders that stayed unfilled. */
function filler(values: PlaceholderValues, warnings: Warnings) {
	return (template: string, stepId?: string): string => {
		const { text, unfilled } = fillTemplate(template, values);
		for (const name of unfilled)
			warnings.add('unfilled_placeholder', { ref: name, ...(stepId ? { stepId } : {}) });
		return text;
	};
}

/** The fields the console asks for: required ones, plus those whose requirement sources dispute. */
function consoleFields(clientType: ClientType | undefined): ChecklistField[] {
	if (!clientType) return [];
	return clientType.consoleFields
		.filter((f) => f.required || (f.disputed?.length ?? 0) > 0)
		.map((f) => ({
			id: f.field,
			label: f.label,
			value: f.help,
			required: f.required,
			disputed: f.disputed ?? [],
			sources: [...f.sources],
		}));
}

function resolveFacts(
	step: ChecklistStep,
	clientTypeId: string,
	facts: ReadonlyMap<string, TokenFact>,
	warnings: Warnings,
): ChecklistFact[] {
	const out: ChecklistFact[] = [];
	for (const id of step.facts) {
		const fact = facts.get(id);
		if (!fact) {
			warnings.add('missing_fact', { stepId: step.id, ref: id });
			continue;
		}
		if (fact.clientTypes.length > 0 && !fact.clientTypes.some((t) => t === clientTypeId)) continue;
		out.push({
			id: fact.id,
			kind: fact.kind,
			title: fact.title,
			claims: fact.claims,
			disputed: fact.claims.length > 1,
			causes: fact.causes,
			...(fact.fix !== undefined ? { fix: fact.fix } : {}),
			sources: [...fact.sources],
		});
	}
	return out;
}

/** A step's SDK code, or, where the SDK cannot reach the data center, a note saying so instead. */
type CodeOrNote = { code?: ChecklistCode; note?: ChecklistNote };

function buildCode(
	step: ChecklistStep,
	file: SnippetFile | undefined,
	dc: DataCenter | undefined,
	dcId: string,
	values: PlaceholderValues,
	warnings: Warnings,
): CodeOrNote {
	if (!step.snippet || !file) return {};
	const snippet = file.snippets.find((s) => s.id === step.snippet);
	if (!snippet) {
		warnings.add('missing_snippet', { stepId: step.id, ref: `${file.lang}/${step.snippet}` });
		return {};
	}
	const dcClass = file.dcClasses[dc?.id ?? (dcId as DataCenter['id'])];
	if (!dcClass) {
		// No class means no SDK environment for this DC: code with a stand-in class name would not
		// compile, or would silently call another DC. Say so in prose and point to the REST commands.
		warnings.add('sdk_dc_missing', { ref: `${file.lang}/${dcId}` });
		const text = sdkWithoutDcClassNote({ sdk: file.sdk, dcName: dc?.name ?? dcId, dcId, hasCommands: step.commands.length > 0 });
		return { note: { text, claims: [], sources: [...new Set([...snippet.sources, ...file.sources])] } };
	}
	const notes: string[] = [];
	if (dcClass.confidence !== 'documented')
		notes.push(`\`${dcClass.class}\` is in the SDK's source code but not in its documentation; check that your SDK version has it.`);
	const dcModule = dcClass.module ?? file.dcModule;
	const fill = filler({ ...values, dcClass: dcClass.class, ...(dcModule !== undefined ? { dcModule } : {}) }, warnings);
	if (snippet.note) notes.unshift(fill(snippet.note, step.id));
	return {
		code: {
			lang: file.lang,
			langName: file.name,
			sdk: file.sdk,
			fence: file.fence,
			snippetId: snippet.id,
			title: snippet.title,
			text: fill(snippet.code, step.id).trimEnd(),
			notes,
			...(file.install !== undefined ? { install: file.install } : {}),
			confidence: snippet.confidence === 'documented' ? file.confidence : snippet.confidence,
			sources: [...new Set([...snippet.sources, ...file.sources])],
		},
	};
}

/**
 * Builds the setup checklist for one client type, data center, scope string and SDK language.
 *
 * Never throws: missing content (an unknown client type, a token fact id that does not resolve)
 * becomes a warning, and the affected text keeps a visible marker such as `{accounts_server}`. An
 * SDK without a class for the DC gets no code at all, only a note naming the REST commands instead. The client secret is never an input; commands reference
 * `${ZOHO_CLIENT_SECRET}` and code reads it from the environment.
 */
export function generateChecklist(input: ChecklistInput, data: ChecklistData): Checklist {
	const warnings = new Warnings();
	const clientType = data.clientTypes.find((c) => c.id === input.clientType);
	if (!clientType) warnings.add('missing_client_type', { ref: input.clientType });
	const dc = data.dataCenters.find((d) => d.id === input.dataCenter);
	if (!dc) warnings.add('missing_data_center', { ref: input.dataCenter });

	const { scopes, dropped } = safeScopeList(input.scopes);
	for (const s of dropped) warnings.add('unsafe_scope_dropped', { ref: displayValue(s) });
	if (scopes.length === 0) warnings.add('no_scopes');
	const clientId = safeClientId(input.clientId);
	if (input.clientId !== undefined && input.clientId.trim() !== '' && !clientId)
		warnings.add('invalid_client_id', { ref: displayValue(input.clientId, 40) });

	const values: PlaceholderValues = {
		accountsServer: dc?.accountsServer ?? '{accounts_server}',
		apiDomain: dc?.apiDomain ?? '{api_domain}',
		consoleUrl: dc?.consoleUrl ?? '{console_url}',
		dcName: dc?.name ?? input.dataCenter,
		dcId: input.dataCenter,
		location: dc?.location ?? input.dataCenter,
		clientTypeName: clientType?.name ?? input.clientType,
		clientTypeShortName: clientType?.shortName ?? input.clientType,
		scopes: scopes.length > 0 ? scopes.join(',') : SCOPES_MARKER,
		clientId: clientId ?? CLIENT_ID_MARKER,
		clientSecret: CLIENT_SECRET_REF,
		redirectUri: REDIRECT_URI_MARKER,
	};
	const fill = filler(values, warnings);
	const facts = new Map(data.tokenFacts.map((f) => [f.id, f] as const));
	const snippetFile = input.lang ? data.snippets.find((s) => s.lang === input.lang) : undefined;
	if (input.lang && !snippetFile) warnings.add('missing_snippet', { ref: input.lang });

	const phaseOrder = (p: ChecklistPhase) => CHECKLIST_PHASES.indexOf(p);
	const files = [...data.steps].sort((a, b) => phaseOrder(a.phase) - phaseOrder(b.phase));
	const steps: ChecklistStepResult[] = [];
	const phases: Checklist['phases'] = [];
	for (const file of files) {
		for (const step of file.steps) {
			if (!step.appliesTo.includes(input.clientType)) continue;
			if (!phases.some((p) => p.id === file.phase)) phases.push({ id: file.phase, title: file.title });
			const notes: ChecklistNote[] = step.notes.map((n) => ({
				text: fill(n.text, step.id),
				claims: n.claims.map((c) => ({ ...c, value: fill(c.value, step.id) })),
				sources: [...n.sources],
			}));
			const { code, note: noCodeNote } = buildCode(step, snippetFile, dc, input.dataCenter, values, warnings);
			if (noCodeNote) notes.unshift(noCodeNote);
			steps.push({
				id: step.id,
				phase: file.phase,
				title: fill(step.title, step.id),
				body: fill(step.body, step.id).trimEnd(),
				optional: step.optional,
				...(step.consoleFields ? { fields: consoleFields(clientType) } : {}),
				commands: step.commands.map((c) => {
					const text = fill(c.template, step.id).trimEnd();
					return {
						label: c.label,
						text,
						kind: /^https?:\/\/|^\{accounts_server\}/.test(text) ? ('url' as const) : ('shell' as const),
						...(c.note !== undefined ? { note: c.note } : {}),
					};
				}),
				...(code ? { code } : {}),
				facts: resolveFacts(step, input.clientType, facts, warnings),
				notes,
				sources: [...step.sources],
				confidence: step.confidence,
			});
		}
	}

	const shortName = clientType?.shortName ?? input.clientType;
	return {
		title: `Zoho OAuth setup: ${shortName} client, ${dc?.name ?? input.dataCenter} data center`,
		clientType: { id: input.clientType, name: clientType?.name ?? input.clientType, shortName },
		dataCenter: {
			id: input.dataCenter,
			name: dc?.name ?? input.dataCenter,
			accountsServer: values.accountsServer ?? '',
			apiDomain: values.apiDomain ?? '',
			consoleUrl: values.consoleUrl ?? '',
			disputed: dc?.disputed ?? [],
		},
		scopes: values.scopes ?? SCOPES_MARKER,
		...(snippetFile
			? {
					lang: {
						id: snippetFile.lang,
						name: snippetFile.name,
						sdk: snippetFile.sdk,
						...(snippetFile.install !== undefined ? { install: snippetFile.install } : {}),
					},
				}
			: {}),
		phases,
		steps,
		warnings: warnings.list,
	};
}

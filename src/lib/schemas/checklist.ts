import { z } from 'zod';
import { CHECKLIST_PHASES, SDK_LANGS } from '../ids';

export { CHECKLIST_PHASES, SDK_LANGS };
import { ClaimSchema, ClientTypeIdSchema, ConfidenceSchema, DataCenterIdSchema, IdSchema, SourcesSchema } from './common';

/**
 * The phases of a setup checklist, in the order they are done. A phase groups steps; each client
 * type uses a subset (client-based apps, for example, have no refresh phase).
 */
export const ChecklistPhaseSchema = z.enum(CHECKLIST_PHASES);
export type ChecklistPhase = z.output<typeof ChecklistPhaseSchema>;

/** SDK languages a checklist can show code for; the public ids used in `lang=`. */
export const SdkLangSchema = z.enum(SDK_LANGS);
export type SdkLang = z.output<typeof SdkLangSchema>;

/**
 * A note on a step that is not a token fact: a pitfall, a disagreement between sources, a tip.
 * With more than one claim, the sources disagree and all claims are shown side by side.
 */
export const StepNoteSchema = z.object({
	/** The note in our words; may contain placeholders such as `{{accountsServer}}`. */
	text: z.string().min(1),
	/** Where sources disagree: each side as a claim. */
	claims: z.array(ClaimSchema).default([]),
	sources: SourcesSchema,
});
export type StepNote = z.output<typeof StepNoteSchema>;

/** A ready command (usually curl) with placeholders, e.g. `curl -X POST "{{accountsServer}}/oauth/v2/token" ...`. */
export const CommandTemplateSchema = z.object({
	/** What the command does, e.g. `Exchange the code for tokens`. */
	label: z.string().min(1),
	/** The command text with `{{placeholder}}`s; the client secret is always `{{clientSecret}}` (an env-var reference). */
	template: z.string().min(1),
	/** Optional remark shown under the command, e.g. that this form is disputed. */
	note: z.string().optional(),
});
export type CommandTemplate = z.output<typeof CommandTemplateSchema>;

/** One step template of the setup checklist. */
export const ChecklistStepSchema = z.object({
	/**
	 * Stable id: the tick-off key in saved progress and the HTML anchor on the page, so renaming
	 * it loses users' ticks and breaks links. e.g. `exchange-code`.
	 */
	id: IdSchema,
	/** Heading of the step; may contain placeholders, e.g. `Call the API at {{apiDomain}}`. */
	title: z.string().min(1),
	/** Client types this step is part of. */
	appliesTo: z.array(ClientTypeIdSchema).min(1),
	/** `true` when the step is only needed in some setups (e.g. multi-DC); it is still listed. */
	optional: z.boolean().default(false),
	/** `true` on the registration step: list the console fields the client type asks for. */
	consoleFields: z.boolean().default(false),
	/** Markdown-lite text (paragraphs, `-` lists, `code`, **bold**) with placeholders. */
	body: z.string().min(1),
	/** Ready commands, filled with the user's choices. */
	commands: z.array(CommandTemplateSchema).default([]),
	/** Id of a snippet in `content/snippets/<lang>.yaml` to show for the chosen SDK language. */
	snippet: IdSchema.optional(),
	/** Ids of entries in `content/token-facts.yaml` (limits, lifetimes, errors) that bite here. */
	facts: z.array(IdSchema).default([]),
	/** Pitfalls and disagreements that are not token facts. */
	notes: z.array(StepNoteSchema).default([]),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
});
export type ChecklistStep = z.output<typeof ChecklistStepSchema>;
export type ChecklistStepInput = z.input<typeof ChecklistStepSchema>;

/** One file in `content/checklist-steps/`: the steps of one phase, in order. */
export const ChecklistPhaseFileSchema = z.object({
	phase: ChecklistPhaseSchema,
	/** Heading of the phase, e.g. `Register the client`. */
	title: z.string().min(1),
	steps: z.array(ChecklistStepSchema).min(1),
});
export type ChecklistPhaseFile = z.output<typeof ChecklistPhaseFileSchema>;
export type ChecklistPhaseFileInput = z.input<typeof ChecklistPhaseFileSchema>;

/** A data-center class of an SDK, e.g. `USDataCenter`. */
export const SdkDcClassSchema = z.object({
	/** Class name as written in code, e.g. `EUDataCenter`; must exist in `content/sdk-api/<lang>.yaml`. */
	class: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
	/**
	 * Module to import the class from when it differs from the file's `dcModule`, e.g. the deep
	 * path `@zohocrm/nodejs-sdk-8.0/lib/routes/dc/sa_data_center.js` (the package root does not
	 * export `SADataCenter`). Fills `{{dcModule}}`.
	 */
	module: z.string().min(1).optional(),
	/** `inferred` when the class was only seen in source code, not in the SDK's documentation. */
	confidence: ConfidenceSchema.default('documented'),
});

/** One code snippet of an SDK, with placeholders (`{{dcClass}}`, `{{clientId}}`, ...). */
export const SnippetSchema = z.object({
	/** Referenced by `snippet:` in step templates, e.g. `init-grant`. */
	id: IdSchema,
	title: z.string().min(1),
	/** Code with placeholders. Reads the client secret from the environment; never a literal. */
	code: z.string().min(1),
	/** Remark shown under the code, e.g. which scopes the SDK itself needs. */
	note: z.string().optional(),
	confidence: ConfidenceSchema.default('documented'),
	sources: SourcesSchema,
});
export type Snippet = z.output<typeof SnippetSchema>;

/** `content/snippets/<lang>.yaml`: the SDK of one language and its snippets. */
export const SnippetFileSchema = z.object({
	lang: SdkLangSchema,
	/** Language name for display, e.g. `Java`. */
	name: z.string().min(1),
	/** The SDK, e.g. `Zoho CRM Java SDK 8.0`. */
	sdk: z.string().min(1),
	/** Fence language for Markdown code blocks, e.g. `java`, `python`, `js`. */
	fence: z.string().regex(/^[a-z0-9#+-]+$/),
	/** Line-comment prefix of the language, e.g. `//` or `#`; used for generated warnings in code. */
	comment: z.string().min(1),
	/** Install command, when the SDK's README gives one. */
	install: z.string().optional(),
	/**
	 * SDK data-center class per DC id. A DC missing here has no class in the SDK; the checklist then
	 * shows no SDK code for it and says so in prose, pointing to the REST commands.
	 */
	dcClasses: z.partialRecord(DataCenterIdSchema, SdkDcClassSchema),
	/** Module the data-center classes are imported from (fills `{{dcModule}}`), e.g. `@zohocrm/nodejs-sdk-8.0`. */
	dcModule: z.string().min(1).optional(),
	snippets: z.array(SnippetSchema).min(1),
	confidence: ConfidenceSchema.default('documented'),
	sources: SourcesSchema,
});
export type SnippetFile = z.output<typeof SnippetFileSchema>;
export type SnippetFileInput = z.input<typeof SnippetFileSchema>;

/** Shareable checklist state in `/checklist/?type=&dc=&s=&lang=`; every part is optional. The client ID is never part of it. */
export const ChecklistUrlStateSchema = z.object({
	clientType: ClientTypeIdSchema.optional(),
	dc: DataCenterIdSchema.optional(),
	/** Scope string as typed; validated by the scope module, only bounded here. */
	scopes: z.string().max(4000).optional(),
	lang: SdkLangSchema.optional(),
});
export type ChecklistUrlState = z.output<typeof ChecklistUrlStateSchema>;

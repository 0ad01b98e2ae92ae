import { z } from 'zod';
import { ClientTypeIdSchema, DataCenterIdSchema, SourcesSchema } from './common';

/** Front matter of a walkthrough page in `content/walkthroughs/`; the file name is the public slug. */
export const WalkthroughSchema = z.object({
	/** Page title, e.g. `Self Client: nightly sync with a legacy product system`. */
	title: z.string().min(1),
	/** One or two sentences shown on lists and in link previews. */
	summary: z.string().min(1),
	/** The client type the story uses. */
	clientType: ClientTypeIdSchema,
	/** Data center the story uses for its URLs. */
	dc: DataCenterIdSchema.default('us'),
	/** Scope string the story's app asks for, comma-joined, e.g. `ZohoCRM.modules.products.ALL`. */
	scopes: z.string().min(1),
	/** SDK language the story's code uses. */
	lang: z.enum(['java', 'python', 'nodejs', 'php', 'csharp']).default('java'),
	/**
	 * The wizard answers that lead to this story's client type, as they appear in the wizard URL,
	 * e.g. `{ accounts: own, runtime: script, webui: no, redirect: no }`.
	 */
	wizard: z.object({
		accounts: z.enum(['own', 'others']).optional(),
		runtime: z.enum(['server', 'script', 'browser', 'mobile', 'device']).optional(),
		webui: z.enum(['yes', 'no']).optional(),
		redirect: z.enum(['yes', 'no']).optional(),
	}),
	/** The story's flow as a sequence diagram, drawn at build time as SVG. */
	flow: z.object({
		participants: z.array(z.string().min(1)).min(2),
		messages: z.array(z.object({ from: z.string(), to: z.string(), label: z.string().min(1) })).min(1),
	}),
	/** Display order on the walkthrough list. */
	order: z.number().int().default(100),
	sources: SourcesSchema,
});
export type Walkthrough = z.output<typeof WalkthroughSchema>;

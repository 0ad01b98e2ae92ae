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
	/** Scope string the story's app asks for. */
	scopes: z.string().min(1),
	/** Display order on the walkthrough list. */
	order: z.number().int().default(100),
	sources: SourcesSchema,
});
export type Walkthrough = z.output<typeof WalkthroughSchema>;

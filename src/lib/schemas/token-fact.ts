import { z } from 'zod';
import { ClaimSchema, ClientTypeIdSchema, SourcesSchema } from './common';

/**
 * A token lifetime, a limit, or an error, with the claims sources make about it.
 * Entries in `content/token-facts.yaml`, keyed by `id`.
 */
export const TokenFactSchema = z.object({
	/** Stable id, e.g. `grant-code-lifetime`, `error-invalid-code`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	kind: z.enum(['lifetime', 'limit', 'error']),
	/** e.g. `Grant code lifetime`, or the literal error code `invalid_code`. */
	title: z.string().min(1),
	/** One or more claims; more than one means sources disagree and the page shows them all. */
	claims: z.array(ClaimSchema).min(1),
	/** For errors: the likely causes, in our words. */
	causes: z.array(z.string().min(1)).default([]),
	/** For errors: what fixes it. */
	fix: z.string().optional(),
	/** Client types this applies to; empty = all. */
	clientTypes: z.array(ClientTypeIdSchema).default([]),
	sources: SourcesSchema,
});
export type TokenFact = z.output<typeof TokenFactSchema>;

/** A glossary term. Entries in `content/glossary.yaml`. */
export const GlossaryTermSchema = z.object({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	term: z.string().min(1),
	definition: z.string().min(1),
	/** Other terms people use for it. */
	aka: z.array(z.string()).default([]),
	/** Ids of related glossary terms. */
	related: z.array(z.string()).default([]),
	sources: SourcesSchema,
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

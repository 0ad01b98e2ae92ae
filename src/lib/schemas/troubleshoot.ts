import { z } from 'zod';
import { SIGNAL_CODES } from '../troubleshoot/types';
import { ClientTypeIdSchema, IdSchema, SourcesSchema } from './common';

/** Named signals the troubleshooter computes (src/lib/troubleshoot/types.ts `SIGNAL_CODES`). */
export const TROUBLESHOOT_SIGNALS = SIGNAL_CODES;
export const TroubleshootSignalSchema = z.enum(SIGNAL_CODES);
export type TroubleshootSignal = z.output<typeof TroubleshootSignalSchema>;

/**
 * One likely cause of a failing Zoho OAuth call: what lists it, how to confirm it and the fix.
 * Entries in `content/troubleshoot/causes.yaml`; the `id` is public (`data-cause` on the page).
 * Error literals point at causes from `content/troubleshoot/errors.yaml`.
 */
export const TroubleshootCauseSchema = z.object({
	id: IdSchema,
	title: z.string().min(1),
	/** Signals that list this cause even when no error literal points at it. Each needs a positive weight. */
	triggers: z.array(TroubleshootSignalSchema).default([]),
	/** Points per signal once the cause is listed (negative speaks against it). */
	weights: z.partialRecord(TroubleshootSignalSchema, z.number().int().min(-200).max(200)).default({}),
	/** Tie-breaker among causes with the same evidence (higher first), 0–20. */
	prior: z.number().int().min(0).max(20).default(0),
	/** One or two sentences: what is going on. */
	summary: z.string().min(1),
	/** How to confirm it is this cause. */
	confirm: z.array(z.string().min(1)).min(1),
	/** What fixes it. */
	fix: z.string().min(1),
	/** Token-fact ids (lifetimes, limits, error claims) shown with their sources. */
	facts: z.array(IdSchema).default([]),
	/** Checklist steps that fix it, per client type. */
	checklist: z.array(z.object({ clientType: ClientTypeIdSchema, step: IdSchema })).default([]),
	/** Link to the scope composer with the scopes to request. */
	composer: z.boolean().default(false),
	/** The fallback for input no rule knows: listed only when nothing else matched. */
	fallback: z.boolean().default(false),
	/** Pages that back the summary and the fix. */
	sources: SourcesSchema,
});
export type TroubleshootCause = z.output<typeof TroubleshootCauseSchema>;

/**
 * How an error entry is backed: `documented` (a Zoho page states it), `sdk-source` (read in an
 * official Zoho SDK's source, or a wrapper's, cited by commit), `inferred` (Zoho does not state
 * it; kept so the string is recognised), `third-party` (only third-party reports).
 */
export const ErrorConfidenceSchema = z.enum(['documented', 'sdk-source', 'inferred', 'third-party']);

/**
 * One documented error a developer may paste: its literals, what it means and which causes it
 * points at. Entries in `content/troubleshoot/errors.yaml` (the troubleshooter's vocabulary).
 */
export const TroubleshootErrorSchema = z
	.object({
		/** Stable id, e.g. `accounts-invalid-code`. */
		id: IdSchema,
		/** Product or SDK, e.g. `Zoho Accounts`, `Zoho Desk`, `CRM SDKs (all languages)`. */
		service: z.string().min(1),
		/** Where it appears: token endpoint, authorization (browser) step, product API, SDK, API console. */
		where: z.enum(['token-endpoint', 'authorization', 'api', 'sdk', 'console']),
		/** HTTP status as documented, when the source gives one. */
		status: z.number().int().min(100).max(599).optional(),
		/** Codes exactly as returned (`invalid_code`, `INVALID_TOKEN`, `SDK is UnInitialized`). */
		codes: z.array(z.string().min(2)).default([]),
		/** Numeric codes (`4834`); matched only next to the word "code", as a code field or at a line start. */
		numbers: z.array(z.string().regex(/^\d{1,6}$/)).default([]),
		/** Distinctive message text, matched case-insensitively. At least 12 characters, so ordinary prose does not match. */
		phrases: z.array(z.string().min(12)).default([]),
		/** What it means, in our words. */
		meaning: z.string().min(1),
		/** Cause id → points (1–100) this error gives it; empty when no cause covers it (a token fact may). */
		causes: z.record(IdSchema, z.number().int().min(1).max(100)).default({}),
		sources: SourcesSchema,
		confidence: ErrorConfidenceSchema,
		/** Disagreements between sources, verification limits. */
		note: z.string().optional(),
	})
	.refine((e) => e.codes.length + e.numbers.length + e.phrases.length > 0, { message: 'needs at least one code, number or phrase' });
export type TroubleshootError = z.output<typeof TroubleshootErrorSchema>;

/**
 * A phrase cue: words people use that say something the error code does not ("works for an hour,
 * then fails"). Entries in `content/troubleshoot/cues.yaml`; each sets one `cue_*` signal.
 */
export const TroubleshootCueSchema = z.object({
	id: IdSchema,
	/** A `cue_*` signal, or a grant type that SDK log lines reveal (`grant_type_code`, `grant_type_refresh`). */
	signal: TroubleshootSignalSchema.refine((s) => s.startsWith('cue_') || s === 'grant_type_code' || s === 'grant_type_refresh', {
		message: 'must be a `cue_*` signal, `grant_type_code` or `grant_type_refresh`',
	}),
	/** Phrases, matched case-insensitively as whole words. */
	phrases: z.array(z.string().min(4)).min(1),
	/** Why these words point where the causes' weights say, with the pages that back it. */
	why: z.string().min(1),
	sources: SourcesSchema,
});
export type TroubleshootCue = z.output<typeof TroubleshootCueSchema>;

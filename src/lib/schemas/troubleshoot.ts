import { z } from 'zod';
import { ClientTypeIdSchema, IdSchema, SourcesSchema } from './common';

/**
 * Named evidence checks the troubleshooter's matcher computes from a paste (src/lib/troubleshoot).
 * Rules in `content/troubleshoot/*.yaml` refer to them by name; the matcher words the evidence.
 */
export const TROUBLESHOOT_SIGNALS = [
	/** A grant-code exchange (`grant_type=authorization_code`) was seen. */
	'grant-type-code',
	/** A refresh (`grant_type=refresh_token`) was seen. */
	'grant-type-refresh',
	/** The accounts server a request went to is in another DC than the user's (location, accounts-server, api_domain or dc). */
	'accounts-dc-differs',
	/** The accounts server a request went to is in the same DC as the user's account. */
	'accounts-dc-matches',
	/** `location` / `accounts-server` from a redirect were found. */
	'redirect-dc-seen',
	/** The API host called is in another DC than the token's (api_domain, accounts server, location or dc). */
	'api-dc-differs',
	/** An endpoint of the catalog was identified. */
	'endpoint-known',
	/** Endpoint and scopes are known, and the scopes miss a group the endpoint needs. */
	'scope-lacking',
	/** Endpoint and scopes are known, and the scopes cover everything the endpoint needs. */
	'scope-covered',
	/** A token response (has `access_token`) without `refresh_token`. */
	'token-response-no-refresh',
	/** An authorization URL without `access_type=offline`. */
	'auth-url-no-offline',
	/** An authorization URL with `access_type=offline` but without `prompt=consent`. */
	'auth-url-no-consent',
	/** A `redirect_uri` was seen in the paste. */
	'redirect-uri-seen',
	/** HTTP status 401, 403 or 429 was seen. */
	'status-401',
	'status-403',
	'status-429',
] as const;
export const TroubleshootSignalSchema = z.enum(TROUBLESHOOT_SIGNALS);
export type TroubleshootSignal = z.output<typeof TroubleshootSignalSchema>;

/**
 * One likely cause of a failing Zoho OAuth call: what triggers it, how to confirm it and the fix.
 * Entries in `content/troubleshoot/causes.yaml`; the `id` is public (`data-cause` on the page).
 */
export const TroubleshootCauseSchema = z.object({
	id: IdSchema,
	title: z.string().min(1),
	/** Error codes exactly as Zoho returns them (matched case-sensitively in text, any case in the error field). */
	codes: z.array(z.string().min(1)).default([]),
	/** Case-insensitive phrases of error descriptions that trigger this cause. */
	phrases: z.array(z.string().min(3)).default([]),
	/** Evidence checks that trigger this cause even without an error code. */
	triggers: z.array(TroubleshootSignalSchema).default([]),
	/** Rank adjustments once triggered: signal → points (negative lowers the cause). */
	weights: z.partialRecord(TroubleshootSignalSchema, z.number().int()).default({}),
	/** Prior rank among causes triggered by the same code (higher first). */
	prior: z.number().int().default(50),
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
	/** The fallback for errors no rule knows: listed only when nothing else matched. */
	fallback: z.boolean().default(false),
	sources: SourcesSchema,
});
export type TroubleshootCause = z.output<typeof TroubleshootCauseSchema>;

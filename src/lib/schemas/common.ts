import { z } from 'zod';
import { CLIENT_TYPE_IDS, DC_IDS } from '../ids';

/**
 * A link to Zoho's own documentation (or, where `confidence` says so, a third-party page) that
 * backs a fact. Must be an absolute http(s) URL.
 * @example 'https://www.zoho.com/crm/developer/docs/api/v8/scopes.html'
 */
export const SourceUrlSchema = z
	.url({ message: 'must be an absolute URL to the page that backs this fact' })
	.refine((u) => /^https?:\/\//.test(u), { message: 'must start with http:// or https://' });

/** One or more source URLs; at least one is required for every Zoho fact. */
export const SourcesSchema = z
	.array(SourceUrlSchema)
	.min(1, { message: 'every Zoho fact needs at least one source URL' });

/**
 * How well a fact is backed.
 * - `documented`: stated on a Zoho documentation page (the default).
 * - `inferred`: follows from Zoho's pages but is not stated outright.
 * - `third-party`: only third-party code or docs back it.
 */
export const ConfidenceSchema = z.enum(['documented', 'inferred', 'third-party']);
export type Confidence = z.output<typeof ConfidenceSchema>;

/** A lowercase kebab-case id; ids become URLs, so renaming one breaks links. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lowercase kebab-case, e.g. `self-client`' });

export { CLIENT_TYPE_IDS, DC_IDS } from '../ids';
export const ClientTypeIdSchema = z.enum(CLIENT_TYPE_IDS);
export type ClientTypeId = z.output<typeof ClientTypeIdSchema>;

export const DataCenterIdSchema = z.enum(DC_IDS);
export type DataCenterId = z.output<typeof DataCenterIdSchema>;

/**
 * A claim that one or more sources make. Where sources disagree, a fact lists several claims side
 * by side instead of picking one silently.
 */
export const ClaimSchema = z.object({
	/** The value as the source states it, in our words, e.g. `3 minutes (default)`. */
	value: z.string().min(1),
	/** Where this value is stated. */
	sources: SourcesSchema,
	/** Optional context: which page version, which product. */
	note: z.string().optional(),
	confidence: ConfidenceSchema.default('documented'),
});
export type Claim = z.output<typeof ClaimSchema>;

import { z } from 'zod';
import { ClaimSchema, ConfidenceSchema, DataCenterIdSchema, SourcesSchema } from './common';

const httpsOrigin = z
	.string()
	.regex(/^https:\/\/[a-z0-9.-]+$/, { message: 'must be an https origin with no path, e.g. `https://accounts.zoho.eu`' });

/** A Zoho data center. Entries in `content/data-centers.yaml`, keyed by `id`. */
export const DataCenterSchema = z.object({
	/** URL id, e.g. `eu`. */
	id: DataCenterIdSchema,
	/** e.g. `Europe`. */
	name: z.string().min(1),
	/** Zoho's `location` value on the redirect, e.g. `eu`. */
	location: z.string().min(1),
	/** Accounts server origin for authorization, token, refresh and revoke. */
	accountsServer: httpsOrigin,
	/** API domain origin for API calls. */
	apiDomain: httpsOrigin,
	/** API Console origin for this DC. */
	consoleUrl: httpsOrigin,
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
	/** Other values seen in sources, shown as a disagreement. */
	disputed: z.array(ClaimSchema).default([]),
	note: z.string().optional(),
	/** Display order. */
	order: z.number().int(),
});
export type DataCenter = z.output<typeof DataCenterSchema>;

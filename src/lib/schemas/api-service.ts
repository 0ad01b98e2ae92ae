import { z } from 'zod';
import { ConfidenceSchema, DataCenterIdSchema, SourcesSchema } from './common';

/** An API base URL in one data center, with where it is written. */
export const ApiBaseSchema = z.object({
	/** Data center id, e.g. `eu`. */
	dc: DataCenterIdSchema,
	/** Base URL that endpoint paths are appended to, without a trailing slash, e.g. `https://desk.zoho.eu`. */
	url: z.string().regex(/^https:\/\/[a-z0-9.-]+(?:\/[A-Za-z0-9._/-]*)?$/, { message: 'must be an https URL without a trailing slash' }),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
});
export type ApiBase = z.output<typeof ApiBaseSchema>;

/** A value a call needs besides the token, e.g. Books' `organization_id`. */
export const RequiredIdSchema = z.object({
	/** Name as sent, e.g. `orgId`. */
	name: z.string().min(1),
	/** Where it goes. */
	in: z.enum(['header', 'query', 'path']),
	/** When it is needed, e.g. `every call except GET /api/v1/organizations`. */
	when: z.string().min(1),
	/** How to get the value, e.g. `GET /books/v3/organizations`. */
	howToGet: z.string().min(1),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
	note: z.string().optional(),
});
export type RequiredId = z.output<typeof RequiredIdSchema>;

/**
 * What calling one Zoho service's API takes besides an access token: its API base per data center
 * and the ids every call carries. Entries in `content/api-services.yaml`, one per service.
 */
export const ApiServiceSchema = z.object({
	/** Service name as in scopes, e.g. `ZohoBooks`. */
	id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
	/** Product name, e.g. `Zoho Books`. */
	product: z.string().min(1),
	/** How endpoint paths relate to the base, e.g. `paths start with /books/v3`. */
	paths: z.string().min(1),
	/** Base URL per data center; data centers left out are not written on a Zoho page we read. */
	apiBase: z.array(ApiBaseSchema).min(1),
	/** What to do in data centers without a documented base. */
	otherDataCenters: z.string().optional(),
	requiredIds: z.array(RequiredIdSchema).default([]),
	/** Display order (lower first). */
	order: z.number().int().default(100),
	note: z.string().optional(),
});
export type ApiService = z.output<typeof ApiServiceSchema>;

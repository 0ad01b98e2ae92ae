import { z } from 'zod';
import { ConfidenceSchema, SourcesSchema } from './common';

/** An operation type of the scope grammar (`ALL`, `READ`, ...). Entries in `content/operations.yaml`. */
export const OperationSchema = z.object({
	/** Documented spelling, e.g. `READ`. */
	id: z.string().regex(/^[A-Za-z][A-Za-z-]*$/),
	/** Plain meaning. */
	meaning: z.string().min(1),
	/**
	 * Operations this one stands for. `ALL` implies every other operation of a scope;
	 * `WRITE` implies CREATE, UPDATE and DELETE (not READ).
	 */
	implies: z.array(z.string()).default([]),
	/** `true` for `ALL`: covers every operation the scope takes. */
	coversAll: z.boolean().default(false),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
});
export type Operation = z.output<typeof OperationSchema>;

/** One scope name of a service, e.g. `modules.leads` of `ZohoCRM`. */
export const ScopeEntrySchema = z.object({
	/** Scope name as documented (dotted, without service or operation), e.g. `settings.fields`. */
	name: z.string().regex(/^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/, {
		message: 'must be dot-separated words, e.g. `settings.fields`',
	}),
	/** Family for browsing, e.g. `modules`, `settings`, `bulk`. */
	family: z.string().min(1),
	/** One plain sentence: what the scope grants. */
	summary: z.string().min(1),
	/** Valid operations, in documented spelling; each must be in the operations collection. */
	operations: z.array(z.string().min(1)).min(1),
	/** Search words beyond the name, e.g. `["field metadata"]`. */
	keywords: z.array(z.string()).default([]),
	/** Set when the scope is deprecated: why and what to use instead (full scope names without operation). */
	deprecated: z
		.object({ reason: z.string().min(1), replacements: z.array(z.string()).default([]), sources: SourcesSchema })
		.optional(),
	/**
	 * `true` for a service-wide scope such as `ZohoBooks.fullaccess.all`. What it covers comes only
	 * from content/scope-coverage.yaml: where no source says, it covers nothing else.
	 */
	serviceWide: z.boolean().default(false),
	/** Flag for broad or sensitive scopes: a one-line risk note. */
	risk: z.string().optional(),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
	note: z.string().optional(),
});
export type ScopeEntry = z.output<typeof ScopeEntrySchema>;

/** The scope catalog of one Zoho service: one YAML file per service in `content/scopes/`. */
export const ServiceCatalogSchema = z.object({
	/** Service name exactly as in scopes, e.g. `ZohoCRM`, `Desk`. */
	service: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
	/** Product name, e.g. `Zoho CRM`. */
	product: z.string().min(1),
	/** How well the service's catalog as a whole is backed. */
	confidence: ConfidenceSchema.default('documented'),
	/** Display order (lower first). */
	order: z.number().int().default(100),
	note: z.string().optional(),
	sources: SourcesSchema,
	scopes: z.array(ScopeEntrySchema).min(1),
});
export type ServiceCatalog = z.output<typeof ServiceCatalogSchema>;

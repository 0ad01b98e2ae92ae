import { z } from 'zod';
import { ConfidenceSchema, SourcesSchema } from './common';

/**
 * A full scope pattern, e.g. `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.READ`,
 * where `{module}` stands for the lower-case module scope name of the path's module.
 */
export const ScopePatternSchema = z
	.string()
	.regex(/^[A-Za-z][A-Za-z0-9]*\.(?:[A-Za-z0-9_]+|\{module\})(?:\.(?:[A-Za-z0-9_]+|\{module\}))*\.[A-Za-z-]+$/, {
		message: 'must look like `Service.scope.OPERATION`, optionally with `{module}`',
	});

/** A Zoho REST endpoint and the scopes it needs. Entries in `content/endpoints.yaml`. */
export const EndpointSchema = z.object({
	/** Stable id, e.g. `get-records`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	/** Service whose API this is, e.g. `ZohoCRM`. */
	service: z.string().min(1),
	method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
	/** Path on the API domain, e.g. `/crm/v8/{module_api_name}`. */
	path: z.string().startsWith('/'),
	/** Name as in Zoho's docs, e.g. `Get Records`. */
	name: z.string().min(1),
	/** Grouping for browsing, e.g. `Records`, `Metadata`, `Bulk`. */
	category: z.string().min(1),
	/**
	 * Scope requirement: the token needs every group (AND), and any one scope per group (OR).
	 * @example [["ZohoCRM.modules.ALL", "ZohoCRM.modules.{module}.READ"]]
	 */
	scopeGroups: z.array(z.array(ScopePatternSchema).min(1)).min(1),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
	note: z.string().optional(),
});
export type Endpoint = z.output<typeof EndpointSchema>;

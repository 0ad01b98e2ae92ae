import { z } from 'zod';
import { SourcesSchema } from './common';

const NAME = '(?:\\{scope\\}|[A-Za-z0-9_]+)(?:\\.(?:[A-Za-z0-9_]+|\\*))*|\\*';
const OP = '[A-Za-z][A-Za-z-]*|\\{op\\}|\\*';

/**
 * How well an "A covers B" edge is backed.
 * - `documented`: a Zoho page or spec says so (or lists A as an accepted alternative to B). The
 *   minimal scope string drops B when A is present.
 * - `inferred`: only a naming convention or a third-party source suggests it. Both scopes are
 *   kept; the composer shows a `possibly_redundant` note.
 */
export const CoverageStatusSchema = z.enum(['documented', 'inferred']);
export type CoverageStatus = z.output<typeof CoverageStatusSchema>;

/**
 * One "scope A covers scope B" rule, with its evidence. Entries in `content/scope-coverage.yaml`.
 * Patterns are written like scopes. In `from` (`Service.name.OPERATION`): `*` as the service means
 * every service, `{scope}` as the name any scope name, `{op}` as the operation any operation. In
 * `to` (`name.OPERATION`, same service as `from`): `{scope}` and `{op}` stand for what `from`
 * matched, a name ending in `.*` means every deeper name, a lone `*` name every scope name of the
 * service, and `*` as the operation every operation.
 * @example { from: 'ZohoCRM.settings.ALL', to: ['settings.fields.*'], status: 'documented' }
 */
export const CoverageEdgeSchema = z.object({
	/** Stable id, e.g. `crm-settings-all-fields`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	/** The broader scope, e.g. `ZohoCRM.modules.ALL` or `*.{scope}.ALL`. */
	from: z.string().regex(new RegExp(`^(?:[A-Za-z][A-Za-z0-9]*|\\*)\\.(?:${NAME})\\.(?:${OP})$`), {
		message: 'must look like `Service.name.OPERATION`, with `*`, `{scope}` or `{op}` as wildcards',
	}),
	/** The scopes it covers, on the same service, e.g. `settings.fields.*` (every operation). */
	to: z
		.array(
			z.string().regex(new RegExp(`^(?:${NAME})\\.(?:${OP})$`), {
				message: 'must look like `name.OPERATION`, with `*`, `{scope}` or `{op}` as wildcards',
			}),
		)
		.min(1),
	/** Names (same service) that `to` does not reach even where a wildcard matches them. */
	except: z.array(z.string().regex(/^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/)).default([]),
	status: CoverageStatusSchema,
	/** Where the rule is stated or shown (for `inferred`: what it is inferred from). */
	sources: SourcesSchema,
	/** What the sources say, in our words, and how the rule follows from it. */
	evidence: z.string().min(1),
});
export type CoverageEdge = z.output<typeof CoverageEdgeSchema>;

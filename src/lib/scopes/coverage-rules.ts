// Coverage rules ("scope A covers scope B") compiled from content/scope-coverage.yaml for fast
// matching. Each rule is `documented` (a Zoho source says so) or `inferred` (a naming convention
// only). Without content rules, `defaultCoverageEdges` derives the operation rules from
// content/operations.yaml and marks the name hierarchy as inferred.
import type { CoverageEdge, CoverageStatus } from '../schemas/coverage';
import type { Operation } from '../schemas/scope';

/** A `to` pattern split into name and operation (lower case; `{scope}`, `{op}`, `*` kept). */
interface TargetPattern {
	name: string;
	op: string;
}

/** One rule ready for matching. */
export interface CompiledEdge {
	edge: CoverageEdge;
	status: CoverageStatus;
	/** Lower-case service, or `*`. */
	service: string;
	/** Lower-case scope name, or `{scope}`. */
	fromName: string;
	/** Lower-case operation, or `{op}`. */
	fromOp: string;
	to: TargetPattern[];
	except: Set<string>;
	/** Reaches names outside the `from` name's own subtree (e.g. a service-wide `fullaccess.all`). */
	wide: boolean;
}

function splitPattern(p: string): { name: string; op: string } {
	const dot = p.lastIndexOf('.');
	return { name: p.slice(0, dot).toLowerCase(), op: p.slice(dot + 1).toLowerCase() };
}

/** Compiles rules once per scope index. */
export function compileCoverage(edges: readonly CoverageEdge[]): CompiledEdge[] {
	return edges.map((edge) => {
		const firstDot = edge.from.indexOf('.');
		const { name: fromName, op: fromOp } = splitPattern(edge.from.slice(firstDot + 1));
		const to = edge.to.map(splitPattern);
		const own = fromName;
		const wide = to.some((t) => {
			const name = t.name.replace('{scope}', own);
			return name !== own && !name.startsWith(`${own}.`) && own !== '{scope}';
		});
		return {
			edge,
			status: edge.status,
			service: edge.from.slice(0, firstDot).toLowerCase(),
			fromName,
			fromOp,
			to,
			except: new Set(edge.except.map((e) => e.toLowerCase())),
			wide,
		};
	});
}

/** Whether lower-case `name` matches a lower-case name pattern (`x`, `x.*` for deeper names, `*`). */
export function nameMatches(pattern: string, name: string): boolean {
	if (pattern === '*') return true;
	if (pattern.endsWith('.*')) return name.startsWith(pattern.slice(0, -1));
	return pattern === name;
}

/**
 * The rules to use when the content has none: each operation's `implies` / `coversAll` as a
 * documented same-name rule (their sources), and the name hierarchy as inferred.
 */
export function defaultCoverageEdges(operations: readonly Operation[]): CoverageEdge[] {
	const out: CoverageEdge[] = [];
	for (const o of operations) {
		if (!o.coversAll && o.implies.length === 0) continue;
		out.push({
			id: `operation-${o.id.toLowerCase()}`,
			from: `*.{scope}.${o.id}`,
			to: o.coversAll ? ['{scope}.*'] : o.implies.map((i) => `{scope}.${i}`),
			except: [],
			status: 'documented',
			sources: o.sources,
			evidence: o.meaning,
		});
	}
	out.push({
		id: 'name-hierarchy',
		from: '*.{scope}.{op}',
		to: ['{scope}.*.{op}'],
		except: [],
		status: 'inferred',
		sources: operations[0]?.sources ?? ['https://zoho.com/accounts/protocol/oauth/scope.html'],
		evidence: 'Narrower scope names sit under broader ones; no source says the broader one grants them.',
	});
	return out;
}

import type { Issue } from '../../src/lib/issues';

/** Issues (URL notices, checklist warnings, …) as flat `{ code, ...params }` rows, for compact assertions. */
export function flat<P extends object>(issues: readonly Issue<string, P>[]): ({ code: string } & P)[] {
	return issues.map((n) => ({ code: n.code, ...n.params }));
}

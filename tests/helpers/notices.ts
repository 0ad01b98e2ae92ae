import type { UrlNotice } from '../../src/lib/url-state';

/** URL notices as flat `{ code, param, value }` rows, for compact assertions. */
export function flat(notices: readonly UrlNotice[]): { code: string; param: string; value: string }[] {
	return notices.map((n) => ({ code: n.code, ...n.params }));
}

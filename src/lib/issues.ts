// The one shape every feature's findings share: a stable `code`, how serious it is, and the data
// the wording needs. Detection returns issues; each feature's `messages.ts` turns them into
// sentences (`describe*`), so islands never build or edit a sentence themselves.

/** How serious an issue is: `error` means it will fail (Zoho rejects it); `info` is a remark. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem or remark found by the domain core. Codes are snake_case and permanent: tests, the
 * UI and `data-*` hooks key off them. `params` holds plain values only (no sentences, no HTML).
 * @example { code: 'invalid_value', severity: 'warning', params: { param: 'dc', value: 'mars' } }
 */
export interface Issue<Code extends string = string, Params extends object = Record<string, unknown>> {
	code: Code;
	severity: Severity;
	params: Params;
}

/** A list that keeps at most `max` entries, so hostile input cannot flood the page. */
export function createBoundedList<T>(max: number): { items: T[]; add: (item: T) => void } {
	const items: T[] = [];
	return { items, add: (item) => void (items.length < max && items.push(item)) };
}

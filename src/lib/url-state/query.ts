// Splitting a query string into pairs: never throws, marks broken `%` sequences, caps the length.
// Only the codec (codec.ts) reads queries; each page's spec says what its keys and values mean.

/** One `key=value` pair as written, with its decoded parts (null where a `%` sequence is broken). */
export interface QueryPair {
	rawKey: string;
	rawValue: string;
	key: string | null;
	value: string | null;
}

/** The pairs of a query, and what was cut off when it was longer than allowed (else null). */
export interface QueryRead {
	pairs: QueryPair[];
	overflow: string | null;
}

/** `decodeURIComponent` with `+` as space; null instead of throwing on a broken `%` sequence. */
export function decodeQueryPart(raw: string): string | null {
	try {
		return decodeURIComponent(raw.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/**
 * Splits a query string (with or without `?`, or a whole URL; the `#…` part is dropped) into
 * pairs, reading at most `maxLength` characters. Empty pairs (`&&`) are skipped.
 */
export function readQuery(search: unknown, maxLength: number): QueryRead {
	let query = typeof search === 'string' ? search : '';
	const q = query.indexOf('?');
	if (q >= 0) query = query.slice(q + 1);
	const hash = query.indexOf('#');
	if (hash >= 0) query = query.slice(0, hash);
	let overflow: string | null = null;
	if (query.length > maxLength) {
		overflow = query.slice(maxLength);
		query = query.slice(0, maxLength);
	}
	const pairs: QueryPair[] = [];
	for (const pair of query.split('&')) {
		if (pair === '') continue;
		const eq = pair.indexOf('=');
		const rawKey = eq >= 0 ? pair.slice(0, eq) : pair;
		const rawValue = eq >= 0 ? pair.slice(eq + 1) : '';
		pairs.push({ rawKey, rawValue, key: decodeQueryPart(rawKey), value: decodeQueryPart(rawValue) });
	}
	return { pairs, overflow };
}

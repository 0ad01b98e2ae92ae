// The search page's link: `/search/?q=<query>`.
import { defineUrlState, param, textParam, type UrlNotice } from '../url-state';

/** Longest query the search box accepts. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

const searchUrl = defineUrlState({
	q: param('query', textParam({ maxLength: MAX_SEARCH_QUERY_LENGTH, normalize: (v) => (v.trim() === '' ? undefined : v.trim()) })),
});

/** Reads the query of a search link. Never throws; a secret-looking query is dropped. */
export function decodeSearchParams(search: string): { query: string; notices: UrlNotice[] } {
	const { state, notices } = searchUrl.decode(search);
	return { query: state.query ?? '', notices };
}

/** The query string (no `?`) for a search; `''` for an empty one. */
export function encodeSearchParams(query: string): string {
	return searchUrl.encode({ query });
}

// The composer's link: `/scopes/?s=<scope list, URL-encoded>`.
import { defineUrlState, param, scopeListParam, type UrlNotice } from '../url-state';
import { MAX_SCOPE_INPUT_LENGTH } from './tokenize';

const composerUrl = defineUrlState({ s: param('input', scopeListParam({ maxLength: MAX_SCOPE_INPUT_LENGTH })) }, { maxQueryLength: 3 * MAX_SCOPE_INPUT_LENGTH });

/** What a composer link holds, plus a notice for each part that was ignored. */
export interface DecodedScopeParams {
	input: string;
	notices: UrlNotice[];
}

/** Reads `s` from a query string (with or without `?`). Never throws. */
export function decodeScopeParams(search: string): DecodedScopeParams {
	const { state, notices } = composerUrl.decode(search);
	return { input: state.input ?? '', notices };
}

/** The query string (without `?`) for an input; commas stay readable. Empty input → `''`. */
export function encodeScopeParams(input: string): string {
	return composerUrl.encode({ input });
}

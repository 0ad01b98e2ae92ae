// The composer's public URL contract: `/scopes/?s=<scope list, URL-encoded>`.
import { createNoticeList, readQuery } from '../query';
import type { UrlNotice } from '../url-notices';

/** Longest `s` value read from a link; longer values are cut with a `too_long` notice. */
export const MAX_LINK_SCOPES = 20_000;

/** What a composer link holds, plus a notice for each part that was ignored or repaired. */
export interface DecodedScopeParams {
	input: string;
	notices: UrlNotice[];
}

// eslint-disable-next-line no-control-regex -- strips control characters from text shown to the user
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text).replace(/[\u0000-\u001f\u007f]/g, ' ');

/**
 * Reads `s` from a query string (with or without `?`). Never throws: a bad `%` sequence keeps the
 * raw text (notice `bad_encoding`), a repeated `s` keeps the first, other parameters are ignored.
 */
export function decodeScopeParams(search: string): DecodedScopeParams {
	const { notices, add } = createNoticeList<UrlNotice>(20);
	let found: string | null = null;
	for (const { rawKey, rawValue, value } of readQuery(search, Number.POSITIVE_INFINITY).pairs) {
		if (rawKey !== 's') {
			add({ code: 'unknown_param', param: shown(rawKey), value: shown(rawValue) });
			continue;
		}
		if (found !== null) {
			add({ code: 'repeated_param', param: 's', value: shown(rawValue) });
			continue;
		}
		found = value ?? rawValue;
		if (value === null) add({ code: 'bad_encoding', param: 's', value: shown(rawValue) });
	}
	let input = found ?? '';
	if (input.length > MAX_LINK_SCOPES) {
		input = input.slice(0, MAX_LINK_SCOPES);
		notices.push({ code: 'too_long', param: 's', value: '' });
	}
	return { input, notices };
}

/** The query string (without `?`) for an input; commas stay readable. Empty input → `''`. */
export function encodeScopeParams(input: string): string {
	return input ? `s=${encodeURIComponent(input).replace(/%2C/gi, ',')}` : '';
}

// Wording for link notices, the same on every page. The value is shown as plain text by the caller.
import type { UrlNotice } from './notice';

/**
 * One sentence saying what part of the link was ignored and why.
 * @example describeUrlNotice(urlNotice('invalid_value', 'dc', 'mars')) // 'The link’s `dc=mars` is not a value this page knows, so it was ignored.'
 */
export function describeUrlNotice(n: UrlNotice): string {
	const { param, value } = n.params;
	switch (n.code) {
		case 'unknown_param':
			return /client.?id/i.test(param)
				? `The link’s \`${param}\` parameter was ignored: this page never reads a client ID from a link. Type it into the page instead.`
				: `The link’s \`${param}\` parameter is not one this page uses, so it was ignored.`;
		case 'invalid_value':
			return value
				? `The link’s \`${param}=${value}\` is not a value this page knows, so it was ignored.`
				: `The link’s \`${param}\` value is not one this page knows, so it was ignored.`;
		case 'repeated_param':
			return `The link gives \`${param}\` more than once; the first valid value was used and ${value ? `\`${value}\`` : 'the next one'} was ignored.`;
		case 'too_long':
			return param
				? `The link’s \`${param}\` value is too long, so it was ignored.`
				: 'The link is too long to be real; only its beginning was read.';
		case 'bad_encoding':
			return `The link’s \`${param}\` value is not valid URL encoding (a broken \`%\` sequence), so it was ignored.`;
		case 'secret_dropped':
			return `The link’s \`${param}\` looked like a token or secret, so it was ignored and is not shown. Never put secrets in links.`;
	}
}

/** A link notice with its sentence, as a page keeps it to show. */
export interface WordedUrlNotice {
	code: UrlNotice['code'];
	text: string;
}

/** The notices of a decoded link with their sentences (done where the link is decoded, so a page without a query needs no wording). */
export function wordUrlNotices(notices: readonly UrlNotice[]): WordedUrlNotice[] {
	return notices.map((n) => ({ code: n.code, text: describeUrlNotice(n) }));
}

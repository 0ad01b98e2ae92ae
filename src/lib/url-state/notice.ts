// What a page tells the user about the parts of its link it ignored. One type for every page.
import type { Issue } from '../issues';

/**
 * Why part of a link was ignored:
 * - `unknown_param`: the page has no such parameter;
 * - `invalid_value`: not a value the parameter accepts;
 * - `repeated_param`: given again after a valid value;
 * - `too_long`: the value (or, with `param: ''`, the whole query) is longer than allowed;
 * - `bad_encoding`: a broken `%` sequence;
 * - `secret_dropped`: the value looked like a token or secret; it is neither used nor shown.
 */
export type UrlNoticeCode = 'unknown_param' | 'invalid_value' | 'repeated_param' | 'too_long' | 'bad_encoding' | 'secret_dropped';

/** `param` is the parameter name as given, `value` the offending value as safe plain text (`''` when it must not be shown). */
export type UrlNotice = Issue<UrlNoticeCode, { param: string; value: string }>;

/** Longest text a notice echoes from a link. */
export const NOTICE_TEXT_LENGTH = 40;

/**
 * Makes untrusted text safe to show as plain text: control and line-separator characters become
 * spaces, and it is cut to 40 characters (code points) with `…`.
 * @example toNoticeText('a\nb') // 'a b'
 */
export function toNoticeText(text: string): string {
	// eslint-disable-next-line no-control-regex -- the point is to remove control characters
	const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
	const chars = Array.from(clean);
	return chars.length > NOTICE_TEXT_LENGTH ? `${chars.slice(0, NOTICE_TEXT_LENGTH - 1).join('')}…` : clean;
}

/** Builds a notice; every URL notice is a warning (the page still works, that part was ignored). */
export function urlNotice(code: UrlNoticeCode, param: string, value: string): UrlNotice {
	return { code, severity: 'warning', params: { param, value } };
}

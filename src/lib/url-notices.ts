// Wording for the notices the URL codecs (wizard, composer, checklist) return when they ignore part
// of a link. The value is shown as plain text by the caller; nothing here builds HTML.

/** The notice shape every URL codec returns. */
export interface UrlNotice {
	code: 'unknown_param' | 'invalid_value' | 'repeated_param' | 'too_long' | 'bad_encoding' | 'secret_dropped' | (string & {});
	param: string;
	value: string;
}

/**
 * One sentence saying what part of the link was ignored and why.
 * @example describeUrlNotice({ code: 'invalid_value', param: 'dc', value: 'mars' }) // 'The link’s `dc=mars` is not a value this page knows, so it was ignored.'
 */
export function describeUrlNotice(n: UrlNotice): string {
	switch (n.code) {
		case 'unknown_param':
			return `The link’s \`${n.param}\` parameter is not one this page uses, so it was ignored.`;
		case 'invalid_value':
			return `The link’s \`${n.param}=${n.value}\` is not a value this page knows, so it was ignored.`;
		case 'repeated_param':
			return `The link gives \`${n.param}\` more than once; the first valid value was used and \`${n.value}\` was ignored.`;
		case 'too_long':
			return n.param
				? `The link’s \`${n.param}\` value is too long; only its beginning was read.`
				: 'The link is too long to be real; only its beginning was read.';
		case 'secret_dropped':
			return `The link’s \`${n.param}\` looked like a token or secret, so it was ignored and is not shown.`;
		case 'bad_encoding':
			return `The link’s \`${n.param}\` value is not valid URL encoding, so it is used as written.`;
		default:
			return `Part of the link (\`${n.param}\`) was ignored.`;
	}
}

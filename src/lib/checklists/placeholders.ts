// Placeholder filling for step and snippet templates. Values that come from the user (scopes, client
// ID) are reduced to a safe character set here, because the filled text lands inside shell commands,
// URLs and source code that people copy and run.
import { splitScopeList } from '../scopes/tokenize';

/** Shown wherever the user has not typed a client ID. */
export const CLIENT_ID_MARKER = '{client_id}';
/** Shown wherever a scope string is needed but none was given. */
export const SCOPES_MARKER = '{scopes}';
/** The redirect URI is never collected; commands show this marker. */
export const REDIRECT_URI_MARKER = '{redirect_uri}';
/** Name of the environment variable the client secret is read from. */
export const CLIENT_SECRET_ENV = 'ZOHO_CLIENT_SECRET';
/** What `{{clientSecret}}` becomes: a shell reference to the environment variable, never a value. */
export const CLIENT_SECRET_REF = '${' + CLIENT_SECRET_ENV + '}';

/** Every placeholder a template may use. */
export const PLACEHOLDER_NAMES = [
	'accountsServer',
	'apiDomain',
	'consoleUrl',
	'dcName',
	'dcId',
	'location',
	'clientTypeName',
	'clientTypeShortName',
	'scopes',
	'clientId',
	'clientSecret',
	'redirectUri',
	'dcClass',
	'dcModule',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

const PLACEHOLDER_RE = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
const KNOWN = new Set<string>(PLACEHOLDER_NAMES);

/** Names of the `{{placeholders}}` in a template, in order of appearance, without duplicates. */
export function listPlaceholders(template: string): string[] {
	const seen = new Set<string>();
	for (const m of template.matchAll(PLACEHOLDER_RE)) seen.add(m[1] ?? '');
	return [...seen];
}

/**
 * Replaces `{{name}}` with `values[name]`. Placeholders without a value (or unknown names) are left
 * as they are and reported in `unfilled`, so a broken template is visible rather than silently blank.
 */
export function fillTemplate(template: string, values: PlaceholderValues): { text: string; unfilled: string[] } {
	const unfilled = new Set<string>();
	const text = template.replace(PLACEHOLDER_RE, (whole, name: string) => {
		const value = KNOWN.has(name) ? values[name as PlaceholderName] : undefined;
		if (value === undefined) {
			unfilled.add(name);
			return whole;
		}
		return value;
	});
	return { text, unfilled: [...unfilled] };
}

/** Characters allowed in a scope inside commands and code: letters, digits, `.`, `_`, `-`. */
const SAFE_SCOPE_RE = /^[A-Za-z0-9._-]+$/;

/**
 * The scopes of a list (split by the one scope-list splitter, `splitScopeList`) that are safe to
 * paste into a shell command, URL or string literal; the others are returned in `dropped`. Exact
 * duplicates are removed. Deeper checks (unknown services, operations) belong to the scope module.
 * @example safeScopeList('ZohoCRM.modules.ALL, ZohoCRM.users.READ') // { scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'], dropped: [] }
 */
export function safeScopeList(input: string): { scopes: string[]; dropped: string[] } {
	const scopes: string[] = [];
	const dropped: string[] = [];
	for (const raw of splitScopeList(input)) {
		if (!SAFE_SCOPE_RE.test(raw) || raw.length > 200) dropped.push(raw);
		else if (!scopes.includes(raw)) scopes.push(raw);
	}
	return { scopes, dropped };
}

/** Zoho client IDs look like `1000.ABCD…`; anything outside this set is refused. */
const SAFE_CLIENT_ID_RE = /^[A-Za-z0-9._-]{1,200}$/;

/** The client ID if it is safe to paste into commands and code, otherwise `undefined`. */
export function safeClientId(input: string | undefined): string | undefined {
	const trimmed = (input ?? '').trim();
	return SAFE_CLIENT_ID_RE.test(trimmed) ? trimmed : undefined;
}

/** Truncates a value for display in a warning or notice and strips control characters. */
export function displayValue(value: string, max = 80): string {
	// eslint-disable-next-line no-control-regex
	const plain = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
	return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

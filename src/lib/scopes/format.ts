// Scope lists in the shapes people paste: a plain list, the Self Client "Scope" field, JSON, or an
// authorization URL with literal placeholders for the values only the reader knows.

/** Output shapes of `formatScopes`. */
export type ScopeFormat = 'plain' | 'self-client' | 'json' | 'auth-url';

/** Options of `formatScopes`; only `auth-url` uses them. */
export interface FormatScopesOptions {
	/** Accounts server origin, e.g. `https://accounts.zoho.eu`. Default: the literal `{accountsServer}`. */
	accountsServer?: string;
	/** Client id. Default: the literal `{client_id}`. */
	clientId?: string;
	/** Redirect URI (encoded when given). Default: the literal `{redirect_uri}`. */
	redirectUri?: string;
	/** `offline` (default) also returns a refresh token; `online` only an access token. */
	accessType?: 'offline' | 'online';
	/** Adds `prompt=consent` (default `true`), so Zoho issues a fresh refresh token. */
	promptConsent?: boolean;
}

/**
 * Encodes scopes for the `scope` query parameter. Each scope goes through `encodeURIComponent`,
 * but the commas between scopes stay literal: commas are allowed in a query (RFC 3986
 * sub-delimiters), Zoho's own examples write them that way, and the URL stays readable.
 */
export function encodeScopeParam(scopes: string[]): string {
	return scopes.map((s) => encodeURIComponent(s)).join(',');
}

/**
 * Formats a scope list (already minimal and canonical; see `minimizeScopes`).
 * - `plain`: comma-joined, e.g. `ZohoCRM.modules.ALL,ZohoCRM.users.READ`.
 * - `self-client`: what to paste into the Self Client "Scope" field: comma-joined, no spaces.
 * - `json`: a JSON array, two-space indented.
 * - `auth-url`: `{accountsServer}/oauth/v2/auth?response_type=code&client_id={client_id}&scope=…&redirect_uri={redirect_uri}&access_type=offline&prompt=consent`,
 *   placeholders kept literal (braces unencoded) unless given in `options`.
 */
export function formatScopes(scopes: string[], format: ScopeFormat, options: FormatScopesOptions = {}): string {
	const clean = scopes.map((s) => s.trim()).filter((s) => s.length > 0);
	switch (format) {
		case 'plain':
		case 'self-client':
			return clean.join(',');
		case 'json':
			return JSON.stringify(clean, null, 2);
		case 'auth-url': {
			const server = (options.accountsServer ?? '{accountsServer}').replace(/\/+$/, '');
			const params = [
				'response_type=code',
				`client_id=${options.clientId === undefined ? '{client_id}' : encodeURIComponent(options.clientId)}`,
				`scope=${encodeScopeParam(clean)}`,
				`redirect_uri=${options.redirectUri === undefined ? '{redirect_uri}' : encodeURIComponent(options.redirectUri)}`,
				`access_type=${options.accessType ?? 'offline'}`,
			];
			if (options.promptConsent ?? true) params.push('prompt=consent');
			return `${server}/oauth/v2/auth?${params.join('&')}`;
		}
	}
}

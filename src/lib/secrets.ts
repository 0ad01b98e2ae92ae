// Finds things in text that look like tokens or secrets: pasted errors (the troubleshooter) and every
// value of a link (src/lib/url-state). Only kinds and offsets are returned; the values are never
// copied into results, URLs or storage.

export type SecretKind =
	| 'access-token'
	| 'refresh-token'
	| 'grant-code'
	| 'zoho-token'
	| 'client-secret'
	| 'authorization-header'
	| 'password';

export interface SecretFinding {
	kind: SecretKind;
	/** Offset of the secret value in the input (UTF-16 code units). */
	start: number;
	end: number;
}

/** Plain words for each kind, for the warning. */
export const SECRET_LABELS: Record<SecretKind, string> = {
	'access-token': 'an access token',
	'refresh-token': 'a refresh token',
	'grant-code': 'a grant code',
	'zoho-token': 'a Zoho token or code (`1000.…`)',
	'client-secret': 'a client secret',
	'authorization-header': 'an `Authorization` header value',
	password: 'a password or API key',
};

/** Longest input scanned; the rest is ignored (the page caps pastes well below this). */
export const MAX_SCAN_LENGTH = 200_000;

/** Values that are placeholders, not secrets: `{client_secret}`, `${ZOHO_…}`, `<token>`, `xxx`, `your_…`. */
function isPlaceholder(value: string): boolean {
	const v = value.trim();
	if (v.length < 6) return true;
	if (/^[$%]?[{<[(]/.test(v) || /[}>\])]$/.test(v)) return true;
	if (/^(?:x+|\*+|\.+|-+|your[_-].*|my[_-].*|redacted.*|null|undefined|none|changeme|example.*)$/i.test(v)) return true;
	if (/^(?:[A-Z][A-Z0-9]*_)+[A-Z0-9]+$/.test(v)) return true; // an env var name like ZOHO_CLIENT_SECRET
	if (/^1000\.x+/i.test(v) || /\.{3}|…/.test(v)) return true;
	return false;
}

/** Zoho access and refresh tokens and grant codes: `1000.<hex>.<hex>`. */
const ZOHO_TOKEN_RE = /1000\.[0-9a-f]{16,}\.[0-9a-f]{16,}/gi;
const KEYED_RE =
	/(["']?)(access_token|refresh_token|client_secret|grant_token|code|password|passwd|api_?key|secret|ZOHO_CLIENT_SECRET|ZOHO_REFRESH_TOKEN|ZOHO_ACCESS_TOKEN|ZOHO_GRANT_CODE)\1\s*[:=]\s*["']?([^\s"'&,;}\]<>]+)/gi;
const HEADER_RE = /\bAuthorization\s*:\s*(?:(Zoho-oauthtoken|Bearer|Basic)\s+)?([^\s"'\\]+)/gi;
/** A token after its scheme anywhere (`"Bearer eyJ…"` in code or JSON, `Zoho-oauthtoken 1000.…` without the header name). */
const SCHEME_RE = /\b(?:Bearer|Zoho-oauthtoken|Zoho-authtoken)\s+([A-Za-z0-9._~+/=-]{16,})/gi;

function kindOfKey(key: string): SecretKind {
	const k = key.toLowerCase();
	if (k.includes('refresh')) return 'refresh-token';
	if (k.includes('access')) return 'access-token';
	if (k === 'code' || k.includes('grant')) return 'grant-code';
	if (k.includes('secret')) return 'client-secret';
	return 'password';
}

/**
 * Spans of the input that look like tokens or secrets, ordered by position, without overlaps.
 * Never throws.
 * @example detectSecrets('"refresh_token":"1000.2a…"')[0]?.kind // 'refresh-token'
 */
export function detectSecrets(input: string): SecretFinding[] {
	const text = typeof input === 'string' ? input.slice(0, MAX_SCAN_LENGTH) : '';
	const found: SecretFinding[] = [];
	for (const m of text.matchAll(KEYED_RE)) {
		const key = m[2] ?? '';
		const value = m[3] ?? '';
		if (isPlaceholder(value)) continue;
		// `code=` is a grant code only when it looks like one (not `code=INVALID_TOKEN` in an error body).
		if (key.toLowerCase() === 'code' && !/^1000\./.test(value)) continue;
		const start = (m.index ?? 0) + m[0].length - value.length;
		found.push({ kind: kindOfKey(key), start, end: start + value.length });
	}
	for (const m of text.matchAll(HEADER_RE)) {
		const value = m[2] ?? '';
		if (isPlaceholder(value)) continue;
		const start = (m.index ?? 0) + m[0].length - value.length;
		found.push({ kind: 'authorization-header', start, end: start + value.length });
	}
	for (const m of text.matchAll(SCHEME_RE)) {
		const value = m[1] ?? '';
		if (isPlaceholder(value)) continue;
		const start = (m.index ?? 0) + m[0].length - value.length;
		found.push({ kind: 'authorization-header', start, end: start + value.length });
	}
	for (const m of text.matchAll(ZOHO_TOKEN_RE)) {
		const start = m.index ?? 0;
		found.push({ kind: 'zoho-token', start, end: start + m[0].length });
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: SecretFinding[] = [];
	for (const f of found) {
		const last = out[out.length - 1];
		if (last && f.start < last.end) continue; // keep the first (keyed) finding of an overlap
		out.push(f);
	}
	return out;
}

/** Whether the text contains anything that looks like a token or secret. */
export function containsSecret(input: string): boolean {
	return detectSecrets(input).length > 0;
}

/**
 * The input with every detected secret replaced by `[redacted <kind>]`, for sharing in a ticket.
 * @example redactSecrets('client_secret=abc123def456') // 'client_secret=[redacted client-secret]'
 */
export function redactSecrets(input: string): string {
	const text = typeof input === 'string' ? input : '';
	let out = '';
	let at = 0;
	for (const f of detectSecrets(text)) {
		out += `${text.slice(at, f.start)}[redacted ${f.kind}]`;
		at = f.end;
	}
	return out + text.slice(at);
}

/** A run of 20+ token characters with at least six digits and six letters: a token, cookie or hash no rule names. */
const OPAQUE_RE = /[A-Za-z0-9+=_.~-]{20,}/g;

/**
 * For showing a line of the input back to the user: every detected secret redacted, and any other
 * opaque token-like run masked too, so a value the rules do not know is never echoed either.
 * @example redactForDisplay('Set-Cookie: b2=0123456789abcdef0123456789abcdef') // 'Set-Cookie: [redacted]'
 */
export function redactForDisplay(input: string): string {
	return redactSecrets(input).replace(OPAQUE_RE, (run) => {
		const digits = run.replace(/[^0-9]/g, '').length;
		const letters = run.replace(/[^A-Za-z]/g, '').length;
		return digits >= 6 && letters >= 6 ? '[redacted]' : run;
	});
}

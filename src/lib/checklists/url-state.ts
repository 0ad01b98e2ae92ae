// The checklist's link: `/checklist/?type=<client type>&dc=<dc>&s=<scopes>&lang=<sdk>`. The client
// ID is never read from or written to a link.
import { CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS } from '../ids';
import type { ChecklistUrlState } from '../schemas';
import { defineUrlState, enumParam, param, scopeListParam, type UrlNotice } from '../url-state';

/** Longest scope string accepted from a link. */
export const MAX_SCOPES_LENGTH = 4000;

const checklistUrl = defineUrlState({
	type: param('clientType', enumParam(CLIENT_TYPE_IDS)),
	dc: param('dc', enumParam(DC_IDS)),
	s: param('scopes', scopeListParam({ maxLength: MAX_SCOPES_LENGTH })),
	lang: param('lang', enumParam(SDK_LANGS)),
});

export interface DecodedChecklistParams {
	state: ChecklistUrlState;
	notices: UrlNotice[];
}

/**
 * Reads checklist state from a query string (with or without the leading `?`). Never throws.
 * @example decodeChecklistParams('?type=self-client&dc=eu') // { state: { clientType: 'self-client', dc: 'eu' }, notices: [] }
 */
export function decodeChecklistParams(search: string): DecodedChecklistParams {
	return checklistUrl.decode(search);
}

/**
 * The canonical query string (no `?`): `type`, `dc`, `s`, `lang`, leaving out parts not chosen.
 * Only these four keys are ever written — never a client ID, even if the object has one.
 */
export function encodeChecklistParams(state: ChecklistUrlState): string {
	return checklistUrl.encode(state);
}

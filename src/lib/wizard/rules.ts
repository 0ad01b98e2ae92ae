import type { AnswerKey, AnswerValue, ClientTypeId } from './answers';

/**
 * How one answer bears on one client type.
 * - `fits`: the type is built for this; adds `weight` to its score.
 * - `neutral`: neither helps nor hurts; the reason still says what it means for this type.
 * - `strains`: workable only if you change something (add a redirect page, type a code once).
 * - `blocks`: the type cannot work here; it is ruled out.
 */
export type ReasonEffect = 'fits' | 'neutral' | 'strains' | 'blocks';

/** Reason codes an answer can produce for a client type. Stable API: messages and tests key off them. */
export const ANSWER_REASON_CODES = [
	'acts_as_you',
	'user_signs_in',
	'each_user_consents',
	'only_own_account',
	'built_for_web_server',
	'built_for_backend_job',
	'built_for_browser',
	'built_for_native_app',
	'built_for_device',
	'backend_keeps_secret',
	'has_backend',
	'device_flow_off_device',
	'script_needs_consent_page',
	'script_shows_device_code',
	'no_page_to_run_in',
	'not_native_app',
	'no_backend_for_secret',
	'app_cannot_keep_secret',
	'not_browser_app',
	'browser_available',
	'no_browser_on_device',
	'secret_on_device',
	'serves_web_ui',
	'ui_not_signed_in',
	'web_ui_separate_client',
	'consent_page_only',
	'needs_web_page',
	'no_ui_needed',
	'native_screens',
	'receives_redirect',
	'redirect_unused',
	'app_scheme_redirect',
	'needs_redirect',
	'no_redirect_needed',
] as const;
export type AnswerReasonCode = (typeof ANSWER_REASON_CODES)[number];

/** What one answer says about one client type: a code and its effect (wording lives in messages.ts). */
export interface AnswerRule {
	code: AnswerReasonCode;
	effect: ReasonEffect;
	/** Score added when `effect` is `fits`; 0 otherwise. */
	weight: number;
}

type RuleRow = Record<ClientTypeId, AnswerRule>;

/** The decision table: for every question, every value and every type, what that answer means. */
export type RuleTable = { [K in AnswerKey]: Record<AnswerValue<K>, RuleRow> };

const fits = (code: AnswerReasonCode, weight = 1): AnswerRule => ({ code, effect: 'fits', weight });
const neutral = (code: AnswerReasonCode): AnswerRule => ({ code, effect: 'neutral', weight: 0 });
const strains = (code: AnswerReasonCode): AnswerRule => ({ code, effect: 'strains', weight: 0 });
const blocks = (code: AnswerReasonCode): AnswerRule => ({ code, effect: 'blocks', weight: 0 });

/**
 * The engine's knowledge, one row per answer. Based on Zoho's type descriptions (facts §1.3):
 * Self Client reaches only the creator's account and needs a back end; Server-based needs a
 * confidential back end and a redirect URI; Client-based runs in the browser and gets the token on
 * the redirect; Mobile uses an app URL scheme and PKCE; Non-browser uses a device code.
 * Weights: 3 = the type is built for this runtime or audience, 1 = a supporting detail.
 */
export const RULES: RuleTable = {
	accounts: {
		own: {
			'server-based': neutral('user_signs_in'),
			'client-based': neutral('user_signs_in'),
			'self-client': fits('acts_as_you', 3),
			'non-browser': neutral('user_signs_in'),
			mobile: neutral('user_signs_in'),
		},
		others: {
			'server-based': fits('each_user_consents'),
			'client-based': fits('each_user_consents'),
			'self-client': blocks('only_own_account'),
			'non-browser': fits('each_user_consents'),
			mobile: fits('each_user_consents'),
		},
	},
	runtime: {
		server: {
			'server-based': fits('built_for_web_server', 3),
			'client-based': blocks('has_backend'),
			'self-client': fits('backend_keeps_secret'),
			'non-browser': strains('device_flow_off_device'),
			mobile: blocks('not_native_app'),
		},
		script: {
			'server-based': neutral('script_needs_consent_page'),
			'client-based': blocks('no_page_to_run_in'),
			'self-client': fits('built_for_backend_job', 3),
			'non-browser': strains('script_shows_device_code'),
			mobile: blocks('not_native_app'),
		},
		browser: {
			'server-based': blocks('no_backend_for_secret'),
			'client-based': fits('built_for_browser', 3),
			'self-client': blocks('no_backend_for_secret'),
			'non-browser': blocks('no_backend_for_secret'),
			mobile: blocks('not_native_app'),
		},
		mobile: {
			'server-based': blocks('app_cannot_keep_secret'),
			'client-based': blocks('not_browser_app'),
			'self-client': blocks('app_cannot_keep_secret'),
			'non-browser': blocks('browser_available'),
			mobile: fits('built_for_native_app', 3),
		},
		device: {
			'server-based': blocks('no_browser_on_device'),
			'client-based': blocks('no_browser_on_device'),
			'self-client': blocks('secret_on_device'),
			'non-browser': fits('built_for_device', 3),
			mobile: blocks('no_browser_on_device'),
		},
	},
	webui: {
		yes: {
			'server-based': fits('serves_web_ui'),
			'client-based': fits('serves_web_ui'),
			'self-client': neutral('ui_not_signed_in'),
			'non-browser': strains('browser_available'),
			mobile: neutral('web_ui_separate_client'),
		},
		no: {
			'server-based': neutral('consent_page_only'),
			'client-based': strains('needs_web_page'),
			'self-client': fits('no_ui_needed'),
			'non-browser': fits('no_ui_needed'),
			mobile: neutral('native_screens'),
		},
	},
	redirect: {
		yes: {
			'server-based': fits('receives_redirect'),
			'client-based': fits('receives_redirect'),
			'self-client': neutral('redirect_unused'),
			'non-browser': neutral('redirect_unused'),
			mobile: neutral('app_scheme_redirect'),
		},
		no: {
			'server-based': strains('needs_redirect'),
			'client-based': strains('needs_redirect'),
			'self-client': fits('no_redirect_needed'),
			'non-browser': fits('no_redirect_needed'),
			mobile: neutral('app_scheme_redirect'),
		},
	},
};

/** Looks up what answering `key` with `value` means for `type`. */
export function lookUpRule<K extends AnswerKey>(key: K, value: AnswerValue<K>, type: ClientTypeId): AnswerRule {
	const row = (RULES[key] as Record<string, RuleRow>)[value];
	if (!row) throw new Error(`no rule for ${key}=${value}`);
	return row[type];
}

import type { ClientTypeId } from './answers';
import type { Conflict, ConflictCode } from './conflicts';
import type { Reason, ReasonCode, TypeStanding } from './evaluate';
import type { FitGap, FitGapCode, NeededPart } from './gaps';
import type { Recommendation } from './recommend';

/** Short display names used when the caller passes none (content `shortName`s may override). */
export const DEFAULT_TYPE_NAMES: Record<ClientTypeId, string> = {
	'server-based': 'Server-based',
	'client-based': 'Client-based',
	'self-client': 'Self Client',
	'non-browser': 'Non-browser',
	mobile: 'Mobile-based',
};

type Names = Partial<Record<ClientTypeId, string>>;
const nameOf = (id: ClientTypeId | undefined, names: Names): string =>
	id ? (names[id] ?? DEFAULT_TYPE_NAMES[id]) : 'another type';

/** One sentence per reason code, about the type the reason is attached to. */
const REASON_MESSAGES: Record<ReasonCode, (r: Reason, names: Names) => string> = {
	acts_as_you: () => 'It acts only as you: the account that creates it is the one it reaches, with no consent screen for anyone.',
	user_signs_in: () => 'It works for your own account too: you sign in and consent once, like any other user would.',
	each_user_consents: () => 'Each person signs in to Zoho and consents for their own account.',
	only_own_account: () => 'It reaches only the account that created it; other people have no way to consent to it.',
	built_for_web_server: () => 'It is built for apps with their own web server, which keeps the client secret and receives the code.',
	built_for_backend_job: () => 'It is built for back-end jobs with no one at the keyboard, such as a nightly sync.',
	built_for_browser: () => 'It is built for JavaScript apps that run only in the browser, with no server of their own.',
	built_for_native_app: () => 'It is built for apps installed on a phone, tablet or desktop, and protects the code with PKCE.',
	built_for_device: () => 'It is built for devices with no browser or keyboard: the user types a short code on another screen.',
	backend_keeps_secret: () => 'Your server can keep its client secret out of reach.',
	has_backend: () => 'It is for apps with no server; with a server you can keep a secret and get refresh tokens, which this flow never gives.',
	device_flow_off_device: () => 'The device-code flow is meant for hardware without a browser; people using a web server have one.',
	script_needs_consent_page: () => 'A script can use it, but someone has to consent once on a browser page that leads back to your script.',
	script_shows_device_code: () => 'A script could print a device code for someone to enter once, but the flow is meant for devices.',
	no_page_to_run_in: () => 'It runs inside a web page in the user\'s browser, and a script has none.',
	not_native_app: () => 'It is meant for apps installed on phones, tablets or desktops.',
	no_backend_for_secret: () => 'It needs a client secret kept on a server, and a browser-only app has nowhere safe to put it.',
	app_cannot_keep_secret: () => 'An installed app cannot hide a client secret: anyone with the app can dig it out.',
	not_browser_app: () => 'It is meant for JavaScript running in a web page, not for installed apps.',
	browser_available: () => 'There is a browser at hand, so a sign-in page with a redirect is simpler than typing a device code.',
	no_browser_on_device: () => 'It sends the user to a sign-in page in a browser and back, and the device has no browser to do that.',
	secret_on_device: () => 'It is for back-end jobs you run yourself; its secret and tokens would sit on a device in other hands.',
	serves_web_ui: () => 'Your web pages are where people start the sign-in.',
	ui_not_signed_in: () => 'Your pages can show the data, but every visitor sees it through your account; nobody signs in.',
	web_ui_separate_client: () => 'A web version of your app needs a client of its own; register it separately.',
	consent_page_only: () => 'It needs at least one browser page where people consent; that page can be tiny.',
	needs_web_page: () => 'It runs inside a web page, and your app has none.',
	no_ui_needed: () => 'It needs no web pages at all.',
	native_screens: () => 'The app\'s own screens are enough; no web pages are needed.',
	receives_redirect: () => 'Zoho can send the browser back to your redirect URL with the result.',
	redirect_unused: () => 'It does not use a redirect URL, so having one changes nothing.',
	app_scheme_redirect: () => 'Its redirect is an app URL scheme (such as `myapp://`), not a web address.',
	needs_redirect: () => 'Zoho returns the result to a registered redirect URL, so you would have to add one.',
	no_redirect_needed: () => 'It needs no redirect URL.',
	awaiting_answers: () => 'Answer the questions to see how this type fits.',
	best_fit: () => 'It fits your answers best.',
	only_option_left: () => 'It is the only type your answers leave open.',
	closest_fit_with_gaps: () => 'It comes closest to your answers, but it is not a clean fit: your app lacks part of what this type is built for.',
	other_type_fits_better: (r, n) => `It could work, but ${nameOf(r.other, n)} fits your answers better.`,
	tied_with_other_type: (r, n) => `It fits as well as ${nameOf(r.other, n)}; the remaining questions decide.`,
	fits_only_with_changes: () => 'It could work only if you change part of your setup.',
};

/**
 * Words one reason as a plain sentence.
 * @example describeReason({ code: 'only_own_account', effect: 'blocks' }) // 'It reaches only the account …'
 */
export function describeReason(reason: Reason, names: Names = {}): string {
	return REASON_MESSAGES[reason.code](reason, names);
}

const WHY_NOT_FALLBACK: Record<ClientTypeId, string> = {
	'server-based': 'it needs a server that keeps a secret and a redirect URL for people to come back to',
	'client-based': 'it is only for JavaScript that runs in the browser with no server',
	'self-client': 'it reaches only your own account and needs a back end you control',
	'non-browser': 'it is for devices with no browser, where users type a code elsewhere',
	mobile: 'it is only for apps installed on phones, tablets or desktops',
};

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A one-line "why not X" for a ruled-out (or merely possible) type, from its strongest reason.
 * @example describeWhyNot(standing) // 'Why not Self Client: it reaches only the account that created it; …'
 */
export function describeWhyNot(standing: TypeStanding, names: Names = {}): string {
	const reason = standing.reasons.find((r) => r.effect === 'blocks')
		?? standing.reasons.find((r) => r.effect === 'strains' && r.question !== undefined);
	const text = reason ? lowerFirst(describeReason(reason, names)).replace(/\.$/, '') : WHY_NOT_FALLBACK[standing.id];
	return `Why not ${nameOf(standing.id, names)}: ${text}.`;
}

/**
 * The standing of a type that is not the recommendation, as one sentence without the "Why not …"
 * lead-in (the page names the type next to it).
 * @example describeStanding(selfClientStanding) // 'It works only with your own account…'
 */
export function describeStanding(standing: TypeStanding, names: Names = {}, recommended = true): string {
	if (!recommended) {
		const first = standing.reasons[0];
		return first ? upperFirst(describeReason(first, names)) : upperFirst(WHY_NOT_FALLBACK[standing.id]);
	}
	const reason = standing.reasons.find((r) => r.effect === 'blocks')
		?? standing.reasons.find((r) => r.effect === 'strains' && r.question !== undefined);
	return `${upperFirst(reason ? describeReason(reason, names).replace(/\.$/, '') : WHY_NOT_FALLBACK[standing.id])}.`;
}

/** What the page says while no type is recommended yet. */
export function describePendingResult(result: Pick<Recommendation, 'answered' | 'pending' | 'conflicts'>): { title: string; text: string } {
	const title = result.conflicts.length > 0 ? 'No type fits these answers cleanly' : 'Not decided yet';
	const text =
		result.answered.length === 0
			? 'Answer the questions to get a recommendation.'
			: result.pending.length > 0
				? `Answer ${result.pending.join(', ')} to get a recommendation.`
				: 'See the conflicts below: change one of the answers involved.';
	return { title, text };
}

/** The questions still open under a recommendation that could change it. */
export function describeStillOpen(pending: readonly string[]): string {
	return `Still open: ${pending.join(', ')}. Your answers there could change this advice.`;
}

/** The sentence a screen reader hears when the result changes; `''` when there is nothing to say yet. */
export function describeResultAnnouncement(result: Pick<Recommendation, 'gaps' | 'conflicts'>, recommendedName: string | undefined): string {
	if (recommendedName) {
		return result.gaps.length > 0
			? `Closest fit: ${recommendedName}, not a clean one; see what your app will still need.`
			: `Recommended: ${recommendedName}.`;
	}
	return result.conflicts.length > 0 ? 'No type fits these answers cleanly; see the conflicts.' : '';
}

const CONFLICT_MESSAGES: Record<ConflictCode, (c: Conflict, names: Names) => string> = {
	own_account_public_client: (c, n) =>
		`Only your own account, but the app runs ${c.answers.runtime === 'browser' ? 'only in a browser' : c.answers.runtime === 'mobile' ? 'as an installed app' : 'on a device'}: Self Client would fit "only me", but it needs its secret on a server you control. ${optionsText(c, n)} You sign in yourself, once.`,
	others_need_consent_step: (_c, n) =>
		`Other people's accounts need a consent step: each person signs in to Zoho and comes back through a redirect URL, or types a device code. Without a redirect, no type fits cleanly: ${nameOf('server-based', n)} works if you add a one-time consent page with a redirect URL, and ${nameOf('non-browser', n)} works if each person types a device code once.`,
	script_with_web_ui: (c, n) =>
		`A script with no one at the keyboard does not serve web pages. If people use pages your app serves, answer "a web server" instead. ${optionsText(c, n)}`,
	browser_without_ui: (c, n) =>
		`An app that runs only in a browser but has no web page leaves nowhere for the sign-in to start. ${optionsText(c, n)}`,
	browser_needs_redirect: (c, n) =>
		`A browser-only app gets its token on a redirect back to its page, so it needs a redirect URL. ${optionsText(c, n)}`,
	device_with_web_ui: (c, n) =>
		`A device without a usable browser does not show web pages. If people reach your app in a browser, a redirect-based type is simpler. ${optionsText(c, n)}`,
	device_with_redirect: (c, n) =>
		`A device without a browser cannot receive a redirect; if something else receives it, that part is a separate app. ${optionsText(c, n)}`,
	mobile_with_web_ui: (c, n) =>
		`An installed app with web pages as well: register one client for the app and another for the web version. ${optionsText(c, n)}`,
	no_clean_fit: (c, n) => `No type fits these answers cleanly. ${optionsText(c, n)}`,
};

function optionsText(c: Conflict, names: Names): string {
	const list = c.options.map((id) => nameOf(id, names));
	if (list.length === 0) return 'Change one of these answers to get a recommendation.';
	if (list.length === 1) return `${list[0]} still works.`;
	return `Possible: ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}.`;
}

/** Words one conflict as a plain sentence or two, ending with the types that still work. */
export function describeConflict(conflict: Conflict, names: Names = {}): string {
	return CONFLICT_MESSAGES[conflict.code](conflict, names);
}

const RUNTIME_WORDS: Record<string, string> = {
	script: 'as a script or scheduled job',
	browser: "only in the user's browser",
	mobile: 'in an installed app',
	device: 'on a device without a usable browser',
};

const GAP_MESSAGES: Record<FitGapCode, (g: FitGap, names: Names) => string> = {
	no_dedicated_server: (g, n) =>
		`Zoho describes ${nameOf(g.type, n)} clients as apps with both a dedicated back-end server and a web UI; you answered that your code runs ${RUNTIME_WORDS[g.value] ?? 'elsewhere'}.`,
	no_web_ui: (g, n) =>
		`Zoho describes ${nameOf(g.type, n)} clients as apps with both a dedicated back-end server and a web UI; you answered that your app has no web pages.`,
	no_redirect_endpoint: () =>
		'Zoho sends the authorization code to a redirect URL registered for the client; you answered that there is no address of yours Zoho could send the browser back to.',
	not_own_account: (g, n) =>
		`A ${nameOf(g.type, n)} is for back-end work on your own account only; you answered that the app works with other people's accounts.`,
	no_back_end: (g, n) => `A ${nameOf(g.type, n)} is for back-end work on your own account only; you answered that your code runs ${RUNTIME_WORDS[g.value] ?? 'elsewhere'}.`,
	no_web_page: (g, n) => `A ${nameOf(g.type, n)} app runs in a web page in the user's browser; you answered that your app has no web pages.`,
	no_redirect_page: () => "Zoho returns the access token on a redirect to a registered page of yours; you answered that there is no address Zoho could reach.",
};

/** One sentence for a gap in the recommended type's fit: what the type is built for, and the answer that lacks it. */
export function describeFitGap(gap: FitGap, names: Names = {}): string {
	return GAP_MESSAGES[gap.code](gap, names);
}

const PART_MESSAGES: Record<NeededPart, string> = {
	web_server: 'A web server reachable over HTTPS, however small, that keeps the client secret and hosts the two parts below.',
	consent_page: "A page that starts consent: a “Connect Zoho” link or button that sends the user to Zoho's authorization URL.",
	redirect_endpoint: 'The redirect endpoint: an HTTPS address on your server, registered as the redirect URI, that receives the code and exchanges it for tokens.',
	web_page: "A web page for your JavaScript to run in, on a domain registered as the client's JavaScript domain.",
	redirect_page: 'A redirect page on that domain, registered as the redirect URI, that reads the access token Zoho sends back.',
};

/** One sentence naming a part the app will still need. */
export function describeNeededPart(part: NeededPart): string {
	return PART_MESSAGES[part];
}

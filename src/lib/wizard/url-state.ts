// The wizard's link: `/wizard/?accounts=own|others&runtime=…&webui=yes|no&redirect=yes|no`.
import { WIZARD_ANSWER_VALUES } from '../ids';
import { defineUrlState, enumParam, param, type UrlNotice } from '../url-state';
import type { Answers } from './answers';

const wizardUrl = defineUrlState(
	{
		accounts: param('accounts', enumParam(WIZARD_ANSWER_VALUES.accounts)),
		runtime: param('runtime', enumParam(WIZARD_ANSWER_VALUES.runtime)),
		webui: param('webui', enumParam(WIZARD_ANSWER_VALUES.webui)),
		redirect: param('redirect', enumParam(WIZARD_ANSWER_VALUES.redirect)),
	},
	{ maxQueryLength: 2000 },
);

/** The answers a link holds, plus a notice for every part that was ignored. */
export interface DecodedWizardParams {
	answers: Partial<Answers>;
	notices: UrlNotice[];
}

/**
 * Reads wizard answers from a query string such as `?accounts=own&runtime=script`. Never throws;
 * see src/lib/url-state for how every link is read.
 */
export function decodeWizardParams(search: string): DecodedWizardParams {
	const { state, notices } = wizardUrl.decode(search);
	return { answers: state, notices };
}

/**
 * The canonical query string (no `?`): keys in the order accounts, runtime, webui, redirect.
 * @example encodeWizardParams({ runtime: 'script', accounts: 'own' }) // 'accounts=own&runtime=script'
 */
export function encodeWizardParams(answers: { [K in keyof Answers]?: Answers[K] | undefined }): string {
	return wizardUrl.encode(answers);
}

// Wording for checklist warnings. Detection lives in generate.ts;
// the sentences live here so the UI and the Markdown export say the same thing.
import type { ChecklistWarning } from './types';

/** One sentence (or two) for a checklist warning: what happened, then what to do. */
export function checklistWarningMessage(w: ChecklistWarning): string {
	const ref = w.params.ref ?? '';
	const stepId = w.params.stepId;
	switch (w.code) {
		case 'missing_client_type':
			return `No content was found for client type \`${ref}\`, so the registration fields are missing. Check content/client-types/.`;
		case 'missing_data_center':
			return `No content was found for data center \`${ref}\`, so server addresses show as placeholders. Check content/data-centers.yaml.`;
		case 'no_scopes':
			return 'No scopes were given, so commands show `{scopes}`. Add the scopes your app needs, e.g. `ZohoCRM.modules.leads.READ`.';
		case 'unsafe_scope_dropped':
			return `The scope \`${ref}\` contains characters a Zoho scope cannot have and was left out of the commands.`;
		case 'invalid_client_id':
			return `The client ID \`${ref}\` contains characters a Zoho client ID cannot have, so commands show \`{client_id}\`. Copy it again from the Client Secret tab.`;
		case 'missing_fact':
			return `Step \`${stepId ?? ''}\` refers to the token fact \`${ref}\`, which is not in content/token-facts.yaml; its limits are not shown.`;
		case 'missing_snippet':
			return `No SDK code \`${ref}\` was found, so this step shows no code for the chosen language.`;
		case 'sdk_dc_missing':
			return `The chosen SDK has no data-center class for this data center (\`${ref}\`), so no step shows SDK code: use the REST commands (curl) of each step instead.`;
		case 'unfilled_placeholder':
			return `The placeholder \`{{${ref}}}\` could not be filled${stepId ? ` in step \`${stepId}\`` : ''}.`;
	}
}

/**
 * The prose a step shows instead of SDK code when the SDK has no class for the data center: what is
 * missing, and the REST route to use instead. Never a stand-in class name in code.
 * @example sdkWithoutDcClassNote({ sdk: 'Zoho CRM Java SDK 8.0', dcName: 'United Kingdom', dcId: 'uk', hasCommands: true })
 */
export function sdkWithoutDcClassNote(p: { sdk: string; dcName: string; dcId: string; hasCommands: boolean }): string {
	const missing = `The ${p.sdk} has no data-center class for ${p.dcName} (\`${p.dcId}\`), so it cannot be initialized for this data center and this step shows no SDK code.`;
	return p.hasCommands
		? `${missing} Use the REST request above instead: send it from your code with any HTTP client, to the same URL with the same parameters.`
		: `${missing} Keep the tokens you get from the REST requests of this checklist as described above.`;
}

/** The outcome of a copy or download on the checklist page, for its status line. */
export type ChecklistActionStatus =
	| { code: 'copied' | 'copy_failed'; what: string }
	| { code: 'downloaded'; file: string }
	| { code: 'markdown_download_failed' | 'env_downloaded' | 'env_download_failed' };

/** The status line after a copy or download. */
export function describeActionStatus(s: ChecklistActionStatus): string {
	switch (s.code) {
		case 'copied':
			return `Copied the ${s.what}.`;
		case 'copy_failed':
			return `Copy failed: select the ${s.what} and copy it by hand.`;
		case 'downloaded':
			return `Downloaded ${s.file}.`;
		case 'markdown_download_failed':
			return 'The download did not start: use “Copy Markdown” instead.';
		case 'env_downloaded':
			return 'Downloaded zoho-oauth.env (no secret in it: fill ZOHO_CLIENT_SECRET yourself, outside version control).';
		case 'env_download_failed':
			return 'The download did not start.';
	}
}

/** Accessible name of a copy button: `Copy command: Exchange the code`. */
export function copyButtonLabel(what: string, label: string): string {
	return `Copy ${what}: ${label}`;
}

/** Accessible name of a step's `#` link. */
export function stepLinkLabel(title: string): string {
	return `Link to the step “${title}”`;
}

/** File name of the Markdown export, e.g. `zoho-oauth-checklist-self-client-eu-java.md`. */
export function markdownExportName(clientType: string, dc: string, lang: string): string {
	return `zoho-oauth-checklist-${clientType}-${dc}-${lang}.md`;
}

/** What a step's SDK code is called in copy labels and statuses: `Java code`. */
export function sdkCodeName(langName: string): string {
	return `${langName} code`;
}

// Wording for checklist warnings. Detection lives in generate.ts;
// the sentences live here so the UI and the Markdown export say the same thing.
import type { ChecklistWarning } from './types';

/** One sentence (or two) for a checklist warning: what happened, then what to do. */
export function checklistWarningMessage(w: ChecklistWarning): string {
	const ref = w.ref ?? '';
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
			return `Step \`${w.stepId ?? ''}\` refers to the token fact \`${ref}\`, which is not in content/token-facts.yaml; its limits are not shown.`;
		case 'missing_snippet':
			return `No SDK code \`${ref}\` was found, so this step shows no code for the chosen language.`;
		case 'sdk_dc_missing':
			return `The chosen SDK has no data-center class for this data center (\`${ref}\`), so no step shows SDK code: use the REST commands (curl) of each step instead.`;
		case 'unfilled_placeholder':
			return `The placeholder \`{{${ref}}}\` could not be filled${w.stepId ? ` in step \`${w.stepId}\`` : ''}.`;
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

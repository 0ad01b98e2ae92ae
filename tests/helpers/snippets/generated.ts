// Every SDK snippet a user can get from the checklist: the real generator over the real content, for
// every client type × data center × language. Identical texts are kept once, with every place they
// appear, so each check runs once per distinct file a user could copy.
import { generateChecklist } from '../../../src/lib/checklists';
import { CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS, type ClientTypeId, type DataCenterId, type SdkLang } from '../../../src/lib/schemas';
import { loadContent } from '../content';

export const content = loadContent();

/** One distinct snippet text as the checklist shows it. */
export interface GeneratedSnippet {
	lang: SdkLang;
	snippetId: string;
	/** Where its template lives, e.g. `content/snippets/java.yaml`. */
	file: string;
	/** The template's field in that file, e.g. `snippets[1].code`. */
	field: string;
	/** The data center whose class it uses (the first one that produced this text). */
	dc: DataCenterId;
	/** Every client type × DC that shows exactly this text. */
	seenIn: { clientType: ClientTypeId; dc: DataCenterId; stepId: string }[];
	text: string;
}

/** A short file-safe name, e.g. `init-grant-eu`. */
export const snippetName = (s: GeneratedSnippet): string => `${s.snippetId}-${s.dc}`;

function collect(): GeneratedSnippet[] {
	const data = {
		clientTypes: content.clientTypes,
		dataCenters: content.dataCenters,
		steps: content.checklistSteps,
		snippets: content.snippets,
		tokenFacts: content.tokenFacts,
	};
	const byKey = new Map<string, GeneratedSnippet>();
	for (const lang of SDK_LANGS) {
		const file = content.snippets.find((f) => f.lang === lang);
		if (!file) throw new Error(`no content/snippets/${lang}.yaml`);
		for (const clientType of CLIENT_TYPE_IDS)
			for (const dc of DC_IDS) {
				const checklist = generateChecklist({ clientType, dataCenter: dc, scopes: 'ZohoCRM.modules.ALL', lang }, data);
				for (const step of checklist.steps) {
					if (!step.code) continue;
					const key = `${lang}\n${step.code.text}`;
					const seen = { clientType, dc, stepId: step.id };
					const found = byKey.get(key);
					if (found) {
						found.seenIn.push(seen);
						continue;
					}
					const index = file.snippets.findIndex((s) => s.id === step.code!.snippetId);
					byKey.set(key, {
						lang,
						snippetId: step.code.snippetId,
						file: file.file,
						field: `snippets[${index}].code`,
						dc,
						seenIn: [seen],
						text: step.code.text,
					});
				}
			}
	}
	return [...byKey.values()];
}

/** Every distinct generated snippet, all languages. */
export const generatedSnippets: readonly GeneratedSnippet[] = collect();

/** The distinct snippets of one language. */
export const snippetsOf = (lang: SdkLang): GeneratedSnippet[] => generatedSnippets.filter((s) => s.lang === lang);

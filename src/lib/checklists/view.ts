// The checklist island's props: the content the generator reads, trimmed so the props embedded in
// the page stay small (no `file` fields, client types without their flows, only the token facts
// the steps refer to), plus the build-time highlighting of the SDK snippets.
import type { ContentBundle } from '../content/bundle';
import { SDK_LANGS, type DataCenterId, type SdkLang } from '../ids';
import type { ClientType, ClientTypeId } from '../schemas';
import type { HighlightSegment } from './highlight';
import type { ChecklistData } from './types';

/** What a client type contributes to the checklist. */
export type ChecklistClientType = Pick<ClientType, 'name' | 'shortName' | 'summary' | 'consoleFields'> & { id: ClientTypeId };

export interface ChecklistContent extends Omit<ChecklistData, 'clientTypes'> {
	clientTypes: ChecklistClientType[];
	/** SDK snippets highlighted at build time, keyed `<lang>/<snippet id>` (src/content/highlight-snippets.ts). */
	highlights?: Record<string, HighlightSegment[]>;
}

/** What the checklist page shows before any choice: the choices form and its links (small; built at build time). */
export interface ChecklistChoicesView {
	clientTypes: { id: ClientTypeId; shortName: string }[];
	dataCenters: { id: DataCenterId; name: string }[];
	languages: { id: SdkLang; name: string }[];
	links: {
		/** Where the choices form submits without JavaScript (the checklist page). */
		form: string;
		wizard: string;
		scopes: string;
	};
}

/** The choices form's data from the full content. */
export function checklistChoicesView(content: Pick<ChecklistContent, 'clientTypes' | 'dataCenters' | 'snippets'>, links: ChecklistChoicesView['links']): ChecklistChoicesView {
	const names = new Map(content.snippets.map((f) => [f.lang, f.name]));
	return {
		clientTypes: content.clientTypes.map((t) => ({ id: t.id, shortName: t.shortName })),
		dataCenters: content.dataCenters.map((d) => ({ id: d.id, name: d.name })),
		languages: SDK_LANGS.map((id) => ({ id, name: names.get(id) ?? id })),
		links,
	};
}

/**
 * The generator's input. It reads only id, name, shortName and consoleFields of a client type,
 * which the trimmed entries have.
 */
export function asChecklistData(content: ChecklistContent): ChecklistData {
	return content as unknown as ChecklistData;
}

type Source = Pick<ContentBundle, 'clientTypes' | 'dataCenters' | 'checklistSteps' | 'snippets' | 'tokenFacts'>;

/** The island's content from the site content (the page data at build time, and tests). */
export function checklistContent({ clientTypes, dataCenters, checklistSteps, snippets, tokenFacts }: Source): ChecklistContent {
	const factIds = new Set(checklistSteps.flatMap((p) => p.steps.flatMap((s) => s.facts)));
	return {
		clientTypes: clientTypes.map((t) => ({
			id: t.id as ClientTypeId,
			name: t.name,
			shortName: t.shortName,
			summary: t.summary,
			consoleFields: t.consoleFields,
		})),
		dataCenters: dataCenters.map(({ file: _file, ...d }) => d),
		steps: checklistSteps.map(({ file: _file, id: _id, ...p }) => p),
		snippets: snippets.map(({ file: _file, id: _id, ...s }) => s),
		tokenFacts: tokenFacts.filter((f) => factIds.has(f.id)).map(({ file: _file, ...f }) => f),
	};
}

// Serializable props for the wizard result (island and /decide/ pages), from content.
import type { TypeInfo } from '../islands/wizard/WizardResult';
import type { ContentBundle } from '../lib/content/bundle';
import type { ClientTypeId } from '../lib/schemas';

/** Each client type's name, summary and first walkthrough, for the wizard result. */
export function wizardTypeInfo({ clientTypes, walkthroughs }: Pick<ContentBundle, 'clientTypes' | 'walkthroughs'>): TypeInfo[] {
	return clientTypes.map((t) => {
		const w = walkthroughs.find((x) => x.clientType === t.id);
		return { id: t.id as ClientTypeId, shortName: t.shortName, summary: t.summary, walkthrough: w ? { slug: w.id, title: w.title } : undefined };
	});
}

/** Questions without the `file` field (a build detail the island does not need). */
export function wizardQuestions({ wizardQuestions }: Pick<ContentBundle, 'wizardQuestions'>) {
	return wizardQuestions.map(({ file: _file, ...q }) => q);
}

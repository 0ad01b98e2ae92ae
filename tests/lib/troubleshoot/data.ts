// The troubleshooter's data built from the real content files, as the page builds it.
import { createScopeIndex } from '../../../src/lib/scopes';
import { toTroubleshootData, type TroubleshootData } from '../../../src/lib/troubleshoot';
import { loadContent } from '../../helpers/content';

export const content = loadContent();
export const index = createScopeIndex(content);
const base = toTroubleshootData(content);
export const causes = base.causes;

export const data: TroubleshootData = { ...base, endpoints: content.endpoints, index };

/** Names for the wording, as the page passes them. */
export const ctx = {
	dcNames: Object.fromEntries(content.dataCenters.map((d) => [d.id, d.name])),
	stepTitles: Object.fromEntries(content.checklistSteps.flatMap((p) => p.steps.map((s) => [s.id, s.title]))),
	clientTypeNames: Object.fromEntries(content.clientTypes.map((c) => [c.id, c.shortName])),
};

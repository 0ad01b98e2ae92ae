// The troubleshooter's data built from the real content files, as the page builds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TroubleshootCauseSchema } from '../../../src/lib/schemas';
import { createScopeIndex } from '../../../src/lib/scopes';
import type { TroubleshootData } from '../../../src/lib/troubleshoot';
import { CONTENT_DIR, loadContent } from '../../helpers/content';

export const content = loadContent();
export const causes = (parseYaml(readFileSync(join(CONTENT_DIR, 'troubleshoot', 'causes.yaml'), 'utf8')) as unknown[]).map((c) =>
	TroubleshootCauseSchema.parse(c),
);
export const index = createScopeIndex(content);

export const data: TroubleshootData = {
	causes,
	facts: content.tokenFacts,
	dataCenters: content.dataCenters,
	endpoints: content.endpoints,
	index,
	stepTitles: Object.fromEntries(content.checklistSteps.flatMap((p) => p.steps.map((s) => [s.id, s.title]))),
	clientTypeNames: Object.fromEntries(content.clientTypes.map((c) => [c.id, c.shortName])),
};

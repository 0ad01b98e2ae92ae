import { generateChecklist, renderChecklistMarkdown } from '../../../src/lib/checklists';
import { fixtureChecklistData } from '../../fixtures/checklists/content';
it('smoke', () => {
	const c = generateChecklist({ clientType: 'server-based', dataCenter: 'sa', scopes: 'ZohoCRM.modules.ALL', lang: 'nodejs' }, fixtureChecklistData());
	console.log(JSON.stringify(c.warnings), c.steps.map((s) => s.id));
	console.log(renderChecklistMarkdown(c, new Set(['register-client'])));
});

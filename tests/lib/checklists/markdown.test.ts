import { describe, expect, it } from 'vitest';
import { checklistWarningMessage, generateChecklist, renderChecklistMarkdown } from '../../../src/lib/checklists';
import { fixtureChecklistData } from '../../fixtures/checklists/content';

const data = fixtureChecklistData();
const checklist = generateChecklist(
	{ clientType: 'self-client', dataCenter: 'eu', scopes: 'ZohoCRM.modules.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ', lang: 'java', clientId: '1000.TESTCLIENTID' },
	data,
);

describe('renderChecklistMarkdown', () => {
	const md = renderChecklistMarkdown(checklist, new Set(['register-self-client', 'grant-self-client-code']));

	it('renders one task-list item per step, ticked where done', () => {
		const items = md.split('\n').filter((l) => /^- \[[ x]\] /.test(l));
		expect(items).toHaveLength(checklist.steps.length);
		expect(items.filter((l) => l.startsWith('- [x]'))).toEqual([
			'- [x] **Create the Self Client**',
			'- [x] **Generate a code in the Self Client\'s Generate Code tab**',
		]);
	});

	it('puts commands and SDK code in fenced blocks inside the list item', () => {
		expect(md).toContain('  ```sh\n  curl -X POST "https://accounts.zoho.eu/oauth/v2/token" \\\n');
		expect(md).toContain('  ```java\n');
		expect(md).toContain('EUDataCenter.PRODUCTION');
	});

	it('contains no secret, only the environment reference', () => {
		expect(md).toContain('client_secret=${ZOHO_CLIENT_SECRET}');
		expect(md).not.toMatch(/client_secret=(?!\$\{ZOHO_CLIENT_SECRET\})/);
	});

	it('matches the snapshot (self-client, EU, Java)', () => {
		expect(md).toMatchSnapshot();
	});

	it('uses a longer fence when a command contains backticks', () => {
		const c = { ...checklist, steps: [{ ...checklist.steps[0]!, commands: [{ label: 'x', text: 'echo ```', kind: 'shell' as const }] }] };
		expect(renderChecklistMarkdown(c, new Set())).toContain('  ````sh\n  echo ```\n  ````');
	});
});

describe('checklistWarningMessage', () => {
	it('words a missing token fact', () => {
		expect(checklistWarningMessage({ code: 'missing_fact', severity: 'error', params: { stepId: 'exchange-code', ref: 'grant-code-lifetime' } })).toMatchInlineSnapshot(
			`"Step \`exchange-code\` refers to the token fact \`grant-code-lifetime\`, which is not in content/token-facts.yaml; its limits are not shown."`,
		);
	});
});

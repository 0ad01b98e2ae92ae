import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateChecklist, renderEnvTemplate, renderProjectExport, sdkConfigBlock, type ChecklistData } from '../../../src/lib/checklists';
import { CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS } from '../../../src/lib/schemas';
import { loadContent } from '../../helpers/content';

const c = loadContent();
const data: ChecklistData = { clientTypes: c.clientTypes, dataCenters: c.dataCenters, steps: c.checklistSteps, snippets: c.snippets, tokenFacts: c.tokenFacts };
const SECRET_LINE = /^(ZOHO_CLIENT_SECRET|ZOHO_REFRESH_TOKEN|ZOHO_ACCESS_TOKEN|ZOHO_GRANT_CODE)=(.*)$/m;

const env = (input: Parameters<typeof generateChecklist>[0], clientId?: string) => renderEnvTemplate(generateChecklist(input, data), clientId ? { clientId } : {});

describe('renderEnvTemplate', () => {
	it('server-based, EU: servers, scopes, redirect URI and an empty secret with a comment', () => {
		const text = env({ clientType: 'server-based', dataCenter: 'eu', scopes: 'ZohoCRM.modules.leads.READ,ZohoCRM.users.READ', lang: 'python' });
		expect(text).toContain('ZOHO_ACCOUNTS_SERVER=https://accounts.zoho.eu\n');
		expect(text).toContain('ZOHO_API_DOMAIN=https://www.zohoapis.eu\n');
		expect(text).toContain('ZOHO_SCOPES=ZohoCRM.modules.leads.READ,ZohoCRM.users.READ\n');
		expect(text).toContain('ZOHO_CLIENT_ID=\n');
		expect(text).toContain('ZOHO_REDIRECT_URI=\n');
		expect(text).toMatch(/# .*secret.*\nZOHO_CLIENT_SECRET=\n/i);
		expect(text).toContain('ZOHO_REFRESH_TOKEN=\n');
	});
	it('fills a client ID (not a secret) only when it is client-ID shaped', () => {
		expect(env({ clientType: 'self-client', dataCenter: 'in', scopes: 'ZohoCRM.users.READ' }, '1000.ABCDEF123')).toContain('ZOHO_CLIENT_ID=1000.ABCDEF123\n');
		expect(env({ clientType: 'self-client', dataCenter: 'in', scopes: 'ZohoCRM.users.READ' }, 'x"; rm -rf /')).toContain('ZOHO_CLIENT_ID=\n');
	});
	it('no scopes leaves ZOHO_SCOPES empty, not a placeholder', () => {
		expect(env({ clientType: 'self-client', dataCenter: 'us', scopes: '' })).toContain('ZOHO_SCOPES=\n');
	});
	it('a browser app gets no client secret variable unless its steps use one', () => {
		const text = env({ clientType: 'client-based', dataCenter: 'us', scopes: 'ZohoCRM.users.READ' });
		expect(text).toMatch(/cannot keep a client secret/);
	});
	it('never contains a secret value, for every client type, DC, language and scope input', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CLIENT_TYPE_IDS),
				fc.constantFrom(...DC_IDS),
				fc.option(fc.constantFrom(...SDK_LANGS), { nil: undefined }),
				fc.string({ maxLength: 80 }),
				fc.string({ maxLength: 60 }),
				(clientType, dataCenter, lang, scopes, clientId) => {
					const text = env({ clientType, dataCenter, scopes, ...(lang ? { lang } : {}) }, clientId);
					for (const m of text.matchAll(new RegExp(SECRET_LINE, 'gm'))) expect(m[2]).toBe('');
					expect(text).not.toMatch(/1000\.[0-9a-f]{32}\.[0-9a-f]{32}/);
					for (const line of text.split('\n')) if (!line.startsWith('#') && line !== '') expect(line).toMatch(/^[A-Z_]+=[^\s"'`$;|&<>]*$/);
				},
			),
			{ numRuns: 150 },
		);
	});
});

describe('sdkConfigBlock / renderProjectExport', () => {
	it('gives the chosen language’s init snippet with the DC class, and the Markdown', () => {
		const checklist = generateChecklist({ clientType: 'self-client', dataCenter: 'eu', scopes: 'ZohoCRM.users.READ', lang: 'python' }, data);
		const sdk = sdkConfigBlock(checklist);
		expect(sdk?.lang).toBe('python');
		expect(sdk?.text).toContain('EUDataCenter');
		expect(sdk?.text).not.toMatch(/client_secret="[^"]/);
		const out = renderProjectExport(checklist);
		expect(out.markdown.startsWith('# ')).toBe(true);
		expect(out.env).toContain('ZOHO_CLIENT_SECRET=\n');
	});
	it('no language, no SDK block', () => {
		expect(sdkConfigBlock(generateChecklist({ clientType: 'self-client', dataCenter: 'eu', scopes: '' }, data))).toBeUndefined();
	});
});

// Integrity of this module's content (step templates, snippets) and, once all five client-type
// files exist, the generator over the real content.
import { describe, expect, it } from 'vitest';
import { generateChecklist, listPlaceholders, PLACEHOLDER_NAMES } from '../../../src/lib/checklists';
import { CHECKLIST_PHASES, CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS } from '../../../src/lib/schemas';
import { loadContent } from '../../helpers/content';
import { loadChecklistSteps, loadSnippets } from '../../fixtures/checklists/content';

const phases = loadChecklistSteps();
const snippets = loadSnippets();
const steps = phases.flatMap((p) => p.steps);

describe('content/checklist-steps', () => {
	it('has one file per phase, covering every phase', () => {
		expect(phases.map((p) => p.phase).sort()).toEqual([...CHECKLIST_PHASES].sort());
	});

	it('has unique step ids', () => {
		const ids = steps.map((s) => s.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('uses only known placeholders, and the client secret only as {{clientSecret}}', () => {
		const known = new Set<string>(PLACEHOLDER_NAMES);
		for (const s of steps) {
			const texts = [s.title, s.body, ...s.commands.map((c) => c.template), ...s.notes.flatMap((n) => [n.text, ...n.claims.map((c) => c.value)])];
			for (const t of texts) expect(listPlaceholders(t).filter((p) => !known.has(p) || p === 'dcClass')).toEqual([]);
			for (const c of s.commands) expect(c.template).not.toMatch(/client_secret=(?!\{\{clientSecret\}\})/);
		}
	});

	it('gives every client type a registration, grant, revoke and call step', () => {
		for (const type of CLIENT_TYPE_IDS) {
			const mine = phases.filter((p) => p.steps.some((s) => s.appliesTo.includes(type))).map((p) => p.phase);
			expect(mine).toEqual(expect.arrayContaining(['register', 'grant', 'store', 'revoke', 'call']));
			expect(steps.filter((s) => s.consoleFields && s.appliesTo.includes(type))).toHaveLength(1);
		}
	});

	it('refers only to snippets every language has', () => {
		const refs = [...new Set(steps.flatMap((s) => (s.snippet ? [s.snippet] : [])))];
		expect(refs.length).toBeGreaterThan(0);
		for (const file of snippets) expect(file.snippets.map((s) => s.id)).toEqual(expect.arrayContaining(refs));
	});
});

describe('content/snippets', () => {
	it('has one file per SDK language', () => {
		expect(snippets.map((s) => s.lang).sort()).toEqual([...SDK_LANGS].sort());
	});

	it('never contains a literal secret, only environment reads', () => {
		for (const file of snippets)
			for (const s of file.snippets) {
				expect(listPlaceholders(s.code).every((p) => ['clientId', 'dcClass', 'dcModule', 'scopes', 'apiDomain', 'accountsServer'].includes(p))).toBe(true);
				if (/clientSecret|client_secret|ClientSecret/.test(s.code)) expect(s.code).toMatch(/ZOHO_CLIENT_SECRET/);
			}
	});

	it('offers no data-center class for UK or AE in any SDK (none was found)', () => {
		for (const file of snippets) {
			expect(file.dcClasses.uk).toBeUndefined();
			expect(file.dcClasses.ae).toBeUndefined();
		}
	});

	it('lists the Java SDK 8.0 data-center classes', () => {
		const java = snippets.find((s) => s.lang === 'java');
		expect(Object.fromEntries(Object.entries(java?.dcClasses ?? {}).map(([k, v]) => [k, v.class]))).toEqual({
			us: 'USDataCenter', eu: 'EUDataCenter', in: 'INDataCenter', cn: 'CNDataCenter', au: 'AUDataCenter',
			ca: 'CADataCenter', jp: 'JPDataCenter', sa: 'SADataCenter',
		});
	});
});

// Runs only once the concurrently written client-type content is complete.
const real = (() => {
	try {
		return loadContent();
	} catch {
		return undefined;
	}
})();
const realReady = real !== undefined && real.clientTypes.length === 5 && real.dataCenters.length === DC_IDS.length;

describe.skipIf(!realReady)('generateChecklist over the real content', () => {
	const data = () => ({ clientTypes: real!.clientTypes, dataCenters: real!.dataCenters, tokenFacts: real!.tokenFacts, steps: phases, snippets });

	it.each(CLIENT_TYPE_IDS.flatMap((type) => DC_IDS.map((dc) => ({ type, dc }))))('$type × $dc: DC servers in commands, no unresolved facts', ({ type, dc }) => {
		const c = generateChecklist({ clientType: type, dataCenter: dc, scopes: 'ZohoCRM.modules.ALL', lang: 'java' }, data());
		const d = real!.dataCenters.find((x) => x.id === dc)!;
		const cmds = c.steps.flatMap((s) => s.commands.map((x) => x.text)).join('\n');
		expect(cmds).toContain(`${d.accountsServer}/oauth/`);
		expect(c.steps.find((s) => s.phase === 'call')?.commands[0]?.text).toContain(`${d.apiDomain}/crm/v8/Leads`);
		expect(c.warnings.filter((w) => w.code !== 'sdk_dc_missing')).toEqual([]);
		expect(JSON.stringify(c)).not.toMatch(/\{\{/);
	});

	it('asks for no redirect URI from a Self Client and for one from server-based apps', () => {
		const fields = (type: (typeof CLIENT_TYPE_IDS)[number]) =>
			generateChecklist({ clientType: type, dataCenter: 'us', scopes: '' }, data()).steps.flatMap((s) => s.fields ?? []).map((f) => f.id);
		expect(fields('self-client')).not.toContain('redirect-uri');
		expect(fields('server-based')).toContain('redirect-uri');
		expect(fields('client-based')).toContain('js-domain');
		expect(fields('non-browser')).not.toContain('redirect-uri');
	});

	it('resolves the pinned token facts with their sources', () => {
		const c = generateChecklist({ clientType: 'server-based', dataCenter: 'eu', scopes: 'ZohoCRM.modules.ALL' }, data());
		const ids = new Set(c.steps.flatMap((s) => s.facts.map((f) => f.id)));
		for (const id of ['grant-code-lifetime', 'error-invalid-code', 'error-invalid-client', 'refresh-tokens-per-user', 'access-token-creation-rate'])
			expect(ids).toContain(id);
		expect(c.steps.flatMap((s) => s.facts).find((f) => f.id === 'grant-code-lifetime')?.disputed).toBe(true);
	});
});

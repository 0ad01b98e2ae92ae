import { describe, expect, it } from 'vitest';
import { generateChecklist, type Checklist, type ChecklistInput } from '../../../src/lib/checklists';
import { CLIENT_TYPE_IDS, DC_IDS, SDK_LANGS, type ClientTypeId } from '../../../src/lib/schemas';
import { fixtureChecklistData, fixtureClientTypes, fixtureDataCenters } from '../../fixtures/checklists/content';
import { flat } from '../../helpers/notices';

const data = fixtureChecklistData();
const SCOPES = 'ZohoCRM.modules.ALL,ZohoCRM.users.READ';
const gen = (over: Partial<ChecklistInput> = {}): Checklist =>
	generateChecklist({ clientType: 'server-based', dataCenter: 'us', scopes: SCOPES, lang: 'java', ...over }, data);

const allText = (c: Checklist): string => JSON.stringify(c);
const commandsOf = (c: Checklist, phase: string): string[] =>
	c.steps.filter((s) => s.phase === phase).flatMap((s) => s.commands.map((cmd) => cmd.text));

/** The console fields a client type asks for: required ones plus disputed ones. */
const askedLabels = (type: ClientTypeId): string[] =>
	(fixtureClientTypes.find((c) => c.id === type)?.consoleFields ?? [])
		.filter((f) => f.required || (f.disputed?.length ?? 0) > 0)
		.map((f) => f.label);

const matrix = CLIENT_TYPE_IDS.flatMap((type) => DC_IDS.map((dc) => ({ type, dc })));

describe('generateChecklist: every client type × every data center', () => {
	it.each(matrix)('$type × $dc uses the DC accounts server and API domain', ({ type, dc }) => {
		const c = gen({ clientType: type, dataCenter: dc });
		const d = fixtureDataCenters.find((x) => x.id === dc)!;
		for (const phase of ['exchange', 'refresh', 'revoke'] as const) {
			const cmds = commandsOf(c, phase);
			for (const cmd of cmds) expect(cmd).toContain(`${d.accountsServer}/oauth/`);
		}
		// Every token request (exchange, refresh, revoke) goes to this DC's accounts server, never another one.
		const tokenCmds = c.steps.flatMap((s) => s.commands.map((x) => x.text)).filter((t) => /\/oauth\/v[23]\//.test(t));
		expect(tokenCmds.length).toBeGreaterThan(0);
		for (const other of fixtureDataCenters.filter((x) => x.id !== dc)) {
			for (const t of tokenCmds) expect(t.includes(`"${other.accountsServer}/`) || t.startsWith(`${other.accountsServer}/`)).toBe(false);
		}
		const call = c.steps.find((s) => s.phase === 'call');
		expect(call?.commands[0]?.text).toContain(`${d.apiDomain}/crm/v8/Leads`);
		expect(call?.commands[0]?.text).toContain('Authorization: Zoho-oauthtoken ');
		expect(c.steps.filter((s) => s.phase === 'revoke').length).toBeGreaterThan(0);
		expect(commandsOf(c, 'revoke').join('\n')).toContain(`${d.accountsServer}/oauth/v2/token/revoke`);
		if (type !== 'client-based') {
			expect(commandsOf(c, 'exchange').join('\n')).toContain(d.accountsServer);
			expect(commandsOf(c, 'refresh').join('\n')).toContain(`${d.accountsServer}/oauth/v2/token`);
		}
	});

	it.each(matrix)('$type × $dc: the console step lists exactly the fields the type asks for', ({ type, dc }) => {
		const c = gen({ clientType: type, dataCenter: dc });
		const register = c.steps.filter((s) => s.phase === 'register' && s.fields !== undefined);
		expect(register).toHaveLength(1);
		expect(register[0]?.fields?.map((f) => f.label)).toEqual(askedLabels(type));
	});

	it.each(matrix)('$type × $dc: no output contains a secret value', ({ type, dc }) => {
		const input = { clientType: type, dataCenter: dc, scopes: SCOPES, lang: 'java', clientId: '1000.ABCDEF', clientSecret: 'S3CR3T-VALUE' };
		const c = generateChecklist(input as ChecklistInput, data);
		const text = allText(c);
		expect(text).not.toContain('S3CR3T-VALUE');
		for (const cmd of c.steps.flatMap((s) => s.commands)) {
			for (const m of cmd.text.matchAll(/client_secret=([^"\s&]*)/g)) expect(m[1]).toBe('${ZOHO_CLIENT_SECRET}');
		}
	});
});

describe('generateChecklist: per client type', () => {
	it('self-client has the Generate Code step and no redirect URI field', () => {
		const c = gen({ clientType: 'self-client' });
		const grant = c.steps.find((s) => s.id === 'grant-self-client-code');
		expect(grant?.body).toContain('Generate Code');
		expect(grant?.body).toContain('Time Duration');
		expect(grant?.body).toContain('Scope Description');
		expect(grant?.body).toContain(`\`${SCOPES}\``);
		const fields = c.steps.flatMap((s) => s.fields ?? []);
		expect(fields.map((f) => f.id)).not.toContain('redirect-uri');
		expect(allText(c)).not.toContain('redirect_uri={redirect_uri}');
		expect(c.steps.map((s) => s.id)).not.toContain('register-multi-dc');
	});

	it('self-client shows the disputed Client Name requirement', () => {
		const c = gen({ clientType: 'self-client' });
		const name = c.steps.flatMap((s) => s.fields ?? []).find((f) => f.id === 'client-name');
		expect(name?.disputed.map((d) => d.value)).toEqual(['asked', 'not asked']);
	});

	it('server-based asks for access_type=offline and prompt=consent and has the multi-DC step', () => {
		const c = gen({ clientType: 'server-based', dataCenter: 'eu' });
		const url = c.steps.find((s) => s.phase === 'grant')?.commands[0];
		expect(url?.kind).toBe('url');
		expect(url?.text).toMatch(/^https:\/\/accounts\.zoho\.eu\/oauth\/v2\/auth\?response_type=code&/);
		expect(url?.text).toContain('access_type=offline');
		expect(url?.text).toContain('prompt=consent');
		expect(url?.text).toContain(`scope=${SCOPES}`);
		const multi = c.steps.find((s) => s.id === 'register-multi-dc');
		expect(multi?.optional).toBe(true);
	});

	it('mobile sends a PKCE code_challenge with S256 and a code_verifier', () => {
		const c = gen({ clientType: 'mobile' });
		const text = c.steps.flatMap((s) => s.commands.map((x) => x.text)).join('\n');
		expect(text).toContain('code_challenge={code_challenge}&code_challenge_method=S256');
		expect(text).toContain('code_verifier=${CODE_VERIFIER}');
		// Zoho's mobile token page marks client_secret required next to code_verifier, and every
		// refresh page requires it too.
		expect(commandsOf(c, 'exchange').join('\n')).toContain('-d "client_secret=${ZOHO_CLIENT_SECRET}"');
		expect(commandsOf(c, 'refresh').join('\n')).toContain('-d "client_secret=${ZOHO_CLIENT_SECRET}"');
	});

	it('non-browser uses the device code and polling endpoints', () => {
		const c = gen({ clientType: 'non-browser', dataCenter: 'in' });
		expect(commandsOf(c, 'grant').join('\n')).toContain('https://accounts.zoho.in/oauth/v3/device/code');
		expect(commandsOf(c, 'exchange').join('\n')).toContain('https://accounts.zoho.in/oauth/v3/device/token');
		const poll = c.steps.find((s) => s.id === 'exchange-device-token');
		for (const word of ['interval', 'slow_down', 'authorization_pending', 'other_dc', 'access_denied', 'expired'])
			expect(poll?.body).toContain(word);
	});

	it('client-based uses response_type=token and has no refresh step', () => {
		const c = gen({ clientType: 'client-based' });
		expect(commandsOf(c, 'grant').join('\n')).toContain('response_type=token');
		expect(c.steps.filter((s) => s.phase === 'refresh')).toEqual([]);
		expect(c.phases.map((p) => p.id)).not.toContain('refresh');
		expect(allText(c)).not.toContain('client_secret=');
	});

	it('revoke shows the disputed alternative path as a disagreement', () => {
		const c = gen({ clientType: 'self-client', dataCenter: 'jp' });
		const revoke = c.steps.find((s) => s.id === 'revoke-refresh-token');
		expect(revoke?.commands.map((x) => x.text).join('\n')).toContain('https://accounts.zoho.jp/oauth/v2/revoke/token');
		const dispute = revoke?.notes.find((n) => n.claims.length > 1);
		expect(dispute?.claims.map((cl) => cl.value).join('\n')).toMatch(/oauth\/v2\/token\/revoke[\s\S]*oauth\/v2\/revoke\/token/);
	});
});

describe('generateChecklist: placeholders and inputs', () => {
	it('shows {client_id} when no client ID was typed, and the ID when one was', () => {
		expect(allText(gen())).toContain('client_id={client_id}');
		const c = gen({ clientId: ' 1000.ABC123XYZ ' });
		expect(allText(c)).toContain('client_id=1000.ABC123XYZ');
		expect(allText(c)).not.toContain('{client_id}');
		expect(c.steps.find((s) => s.code)?.code?.text).toContain('.clientID("1000.ABC123XYZ")');
	});

	it('refuses a client ID that could break out of a command', () => {
		const c = gen({ clientId: '1000.x"; rm -rf ~; "' });
		expect(JSON.stringify(c.steps)).not.toContain('rm -rf');
		expect(flat(c.warnings)).toContainEqual({ code: 'invalid_client_id', ref: expect.any(String) });
	});

	it('drops scopes with unsafe characters and warns', () => {
		const c = gen({ scopes: 'ZohoCRM.modules.ALL, $(whoami), ZohoCRM.modules.ALL' });
		expect(c.scopes).toBe('ZohoCRM.modules.ALL');
		expect(JSON.stringify(c.steps)).not.toContain('whoami');
		expect(flat(c.warnings)).toContainEqual({ code: 'unsafe_scope_dropped', ref: '$(whoami)' });
	});

	it('keeps a visible {scopes} marker and warns when no scopes are given', () => {
		const c = gen({ scopes: '  ' });
		expect(commandsOf(c, 'grant').join('\n')).toContain('scope={scopes}');
		expect(flat(c.warnings)).toContainEqual({ code: 'no_scopes' });
	});

	it('fills every placeholder in the real step templates and snippets', () => {
		for (const type of CLIENT_TYPE_IDS)
			for (const lang of SDK_LANGS) {
				const c = gen({ clientType: type, lang });
				expect(allText(c)).not.toMatch(/\{\{/);
				expect(c.warnings.filter((w) => w.code === 'unfilled_placeholder')).toEqual([]);
			}
	});

	it('is deterministic', () => {
		expect(gen({ clientType: 'mobile', dataCenter: 'cn' })).toEqual(gen({ clientType: 'mobile', dataCenter: 'cn' }));
	});

	it('orders steps by phase and keeps step ids unique', () => {
		const order = ['register', 'grant', 'exchange', 'refresh', 'store', 'revoke', 'call'];
		for (const type of CLIENT_TYPE_IDS) {
			const c = gen({ clientType: type });
			const idx = c.steps.map((s) => order.indexOf(s.phase));
			expect(idx).toEqual([...idx].sort((a, b) => a - b));
			expect(new Set(c.steps.map((s) => s.id)).size).toBe(c.steps.length);
		}
	});
});

describe('generateChecklist: facts and SDK code', () => {
	it('resolves token facts and marks disagreements', () => {
		const c = gen({ clientType: 'self-client' });
		const grant = c.steps.find((s) => s.id === 'grant-self-client-code');
		const lifetime = grant?.facts.find((f) => f.id === 'grant-code-lifetime');
		expect(lifetime?.disputed).toBe(true);
		expect(lifetime?.claims).toHaveLength(2);
		const exchange = c.steps.find((s) => s.id === 'exchange-self-client-code');
		expect(exchange?.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['error-invalid-code', 'error-invalid-client']));
		const refresh = c.steps.find((s) => s.phase === 'refresh');
		expect(refresh?.facts.map((f) => f.id)).toContain('access-token-creation-rate');
		const store = c.steps.find((s) => s.phase === 'store');
		expect(store?.facts.map((f) => f.id)).toContain('refresh-tokens-per-user');
	});

	it('reports fact ids that do not resolve instead of failing', () => {
		const c = generateChecklist({ clientType: 'server-based', dataCenter: 'us', scopes: SCOPES }, { ...data, tokenFacts: [] });
		expect(c.steps.length).toBeGreaterThan(0);
		expect(flat(c.warnings)).toContainEqual({ code: 'missing_fact', stepId: 'exchange-code', ref: 'grant-code-lifetime' });
	});

	it('skips facts scoped to other client types', () => {
		const c = gen({ clientType: 'non-browser' });
		expect(c.steps.flatMap((s) => s.facts.map((f) => f.id))).toContain('device-user-code-lifetime');
	});

	it.each([
		['us', 'USDataCenter'],
		['eu', 'EUDataCenter'],
		['in', 'INDataCenter'],
		['cn', 'CNDataCenter'],
		['au', 'AUDataCenter'],
		['jp', 'JPDataCenter'],
		['ca', 'CADataCenter'],
		['sa', 'SADataCenter'],
	] as const)('Java code for %s uses %s.PRODUCTION', (dc, cls) => {
		const code = gen({ dataCenter: dc }).steps.find((s) => s.id === 'exchange-code')?.code;
		expect(code?.sdk).toBe('Zoho CRM Java SDK 8.0');
		expect(code?.text).toContain(`import com.zoho.crm.api.dc.${cls};`);
		expect(code?.text).toContain(`.environment(${cls}.PRODUCTION)`);
		expect(code?.text).toContain('new OAuthToken.Builder()');
		expect(code?.text).toContain('.redirectURL(System.getenv("ZOHO_REDIRECT_URI"))');
		expect(code?.text).toContain('new Initializer.Builder()');
		expect(code?.text).toContain('new FileStore(');
		expect(code?.text).toContain('System.getenv("ZOHO_CLIENT_SECRET")');
	});

	it.each(SDK_LANGS)('%s: a DC without an SDK class gets prose naming the REST route, never a stand-in in code', (lang) => {
		const c = gen({ dataCenter: 'uk', lang });
		expect(c.steps.some((s) => s.code)).toBe(false);
		const exchange = c.steps.find((s) => s.id === 'exchange-code');
		expect(exchange?.notes[0]?.text).toMatch(/^The Zoho CRM .+ SDK 8\.0 has no data-center class for United Kingdom \(`uk`\)/);
		expect(exchange?.notes[0]?.text).toContain('Use the REST request above instead');
		expect(exchange?.commands[0]?.text).toContain('https://accounts.zoho.uk/oauth/v2/token');
		expect(c.steps.find((s) => s.id === 'store-refresh-token')?.notes[0]?.text).toContain('Keep the tokens you get from the REST requests');
		expect(JSON.stringify(c)).not.toMatch(/\{no_|UKDataCenter|\{\{/);
		expect(flat(c.warnings)).toContainEqual({ code: 'sdk_dc_missing', ref: `${lang}/uk` });
	});

	it('imports SADataCenter from its own module in Node.js and TypeScript (the package root lacks it)', () => {
		for (const [lang, path] of [
			['nodejs', '@zohocrm/nodejs-sdk-8.0/lib/routes/dc/sa_data_center.js'],
			['typescript', '@zohocrm/typescript-sdk-8.0/dist/routes/dc/sa_data_center.js'],
		] as const) {
			const code = gen({ clientType: 'self-client', dataCenter: 'sa', lang }).steps.find((s) => s.id === 'exchange-self-client-code')?.code;
			expect(code?.text).toContain(`import { SADataCenter } from "${path}";`);
			expect(code?.text).not.toContain('ZOHOCRMSDK.SADataCenter');
		}
	});

	it.each(SDK_LANGS)('%s: every SDK step has code that reads the secret from the environment', (lang) => {
		const c = gen({ clientType: 'self-client', lang });
		const codes = c.steps.flatMap((s) => (s.code ? [s.code] : []));
		expect(codes.length).toBeGreaterThanOrEqual(3);
		expect(codes.every((x) => x.lang === lang)).toBe(true);
		const init = codes.find((x) => x.title.includes('grant code'));
		expect(init?.text).toMatch(/ZOHO_CLIENT_SECRET/);
		expect(init?.text).toContain('USDataCenter');
		expect(c.warnings.filter((w) => w.code === 'missing_snippet')).toEqual([]);
	});

	it('shows no code when no language is chosen', () => {
		const c = generateChecklist({ clientType: 'self-client', dataCenter: 'us', scopes: SCOPES }, data);
		expect(c.steps.some((s) => s.code)).toBe(false);
		expect(c.lang).toBeUndefined();
	});

	it('never throws on missing content; it warns and keeps markers', () => {
		const c = generateChecklist(
			{ clientType: 'mobile', dataCenter: 'eu', scopes: SCOPES, lang: 'php' },
			{ clientTypes: [], dataCenters: [], steps: data.steps, snippets: [], tokenFacts: [] },
		);
		expect(c.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['missing_client_type', 'missing_data_center', 'missing_snippet']));
		expect(commandsOf(c, 'exchange').join('\n')).toContain('{accounts_server}/oauth/v2/token');
	});
});

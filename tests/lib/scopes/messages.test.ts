import { describe, expect, test } from 'vitest';
import { analyzeScopeString, explainScope, formatScopeIssue, parseScopeString, solveEndpointScopes } from '../../../src/lib/scopes';
import { endpoints, index } from '../../fixtures/scopes/catalog';

const messageFor = (input: string, code: string) => {
	const issue = parseScopeString(input, index).issues.find((i) => i.code === code);
	if (!issue) throw new Error(`no ${code} for ${input}`);
	return formatScopeIssue(issue);
};

describe('formatScopeIssue', () => {
	test('unknown operation', () => {
		expect(messageFor('ZohoCRM.modules.leads.REED', 'unknown_operation')).toMatchInlineSnapshot(`"Unknown operation \`REED\` in \`ZohoCRM.modules.leads.REED\`. This scope takes ALL, READ, CREATE, UPDATE, DELETE, WRITE; did you mean \`READ\`?"`);
	});
	test('invalid operation', () => {
		expect(messageFor('ZohoCRM.coql.ALL', 'invalid_operation')).toMatchInlineSnapshot(`"Operation \`ALL\` does not apply to \`ZohoCRM.coql\`. This scope takes only READ; use one of those."`);
	});
	test('unknown scope', () => {
		expect(messageFor('ZohoCRM.modules.leeds.READ', 'unknown_scope')).toMatchInlineSnapshot(`"Unknown scope \`ZohoCRM.modules.leeds.READ\`: \`ZohoCRM\` has no scope by that name. Did you mean \`ZohoCRM.modules.leads.READ\`?"`);
	});
	test('non-comma separator', () => {
		expect(messageFor('ZohoCRM.coql.READ ZohoCRM.users.READ\nZohoCRM.org.READ', 'non_comma_separator')).toMatchInlineSnapshot(`"Scopes are separated by a space (and 1 more non-comma separator). Zoho expects a comma between scopes, with no spaces; use the comma-separated minimal list."`);
	});
	test('wrong case', () => {
		expect(messageFor('zohocrm.modules.leads.read', 'wrong_case')).toMatchInlineSnapshot(`"\`zohocrm.modules.leads.read\` is written in a different case from Zoho's documentation, \`ZohoCRM.modules.leads.READ\`. Use the documented spelling; some Zoho services treat scope names as case-sensitive."`);
	});
	test('deprecated scope', () => {
		expect(messageFor('ZohoCRM.modules.activities.READ', 'deprecated_scope')).toMatchInlineSnapshot(`"\`ZohoCRM.modules.activities.READ\` is deprecated: The Activities module left the API in v3. Use \`ZohoCRM.modules.tasks\`, \`ZohoCRM.modules.events\` or \`ZohoCRM.modules.calls\` instead."`);
	});
	test('redundant scope', () => {
		expect(messageFor('ZohoCRM.modules.leads.READ,ZohoCRM.modules.ALL', 'redundant_scope')).toMatchInlineSnapshot(`"\`ZohoCRM.modules.leads.READ\` is not needed: \`ZohoCRM.modules.ALL\`, also in the list, already grants it (Zoho documents this). Remove \`ZohoCRM.modules.leads.READ\`."`);
	});
	test('possibly redundant scope', () => {
		expect(messageFor('ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL', 'possibly_redundant')).toMatchInlineSnapshot(`"\`ZohoCRM.modules.attachments.ALL\` may already be covered by \`ZohoCRM.modules.ALL\`; kept. Zoho's documentation does not say that \`ZohoCRM.modules.ALL\` grants \`ZohoCRM.modules.attachments.ALL\`, and a token without a needed scope fails with \`OAUTH_SCOPE_MISMATCH\`. Keep both unless you have tested without it."`);
	});
	test('module required', () => {
		const [issue] = solveEndpointScopes([{ endpointId: 'get-records' }], endpoints, index).issues;
		expect(formatScopeIssue(issue!)).toMatchInlineSnapshot(`"Endpoint \`get-records\` works on a module, and none was chosen, so \`leads\` was assumed. Pick the module your app calls to get its exact scope."`);
	});

	test('every parser issue code gets a sentence that quotes a value and avoids blame words', () => {
		const inputs = [
			',ZohoCRM..READ,,Foo.x.READ ZohoCRM.READ;ZohoCRM.nope.READ,ZohoCRM.modules.leads.REED,ZohoCRM.coql.ALL,ZohoCRM.modules',
			'zohocrm.coql.read,ZohoCRM.modules.activities.ALL,ZohoCRM.coql.READ,ZohoCRM.modules.ALL,ZohoCRM.modules.leads.READ,',
			'https://x.example/auth?scope=ZohoCRM.coql.READ',
			'ZohoCRM.bulk.ALL,ZohoCRM.bulk.backup.READ',
			'x'.repeat(20_001),
		];
		const codes = new Set<string>();
		for (const input of inputs) {
			for (const issue of parseScopeString(input, index).issues) {
				codes.add(issue.code);
				const message = formatScopeIssue(issue);
				expect(message).toMatch(/^[A-Z`]/);
				expect(message).toMatch(/[.?]$/);
				expect(message).not.toMatch(/oops|error:/i);
			}
		}
		expect([...codes].sort()).toEqual([
			'deprecated_scope', 'duplicate_scope', 'empty_segment', 'extracted_from_url', 'invalid_operation', 'missing_operation',
			'missing_scope_name', 'non_comma_separator', 'possibly_redundant', 'redundant_scope', 'stray_separator', 'too_long', 'unknown_operation',
			'unknown_scope', 'unknown_service', 'wrong_case',
		]);
	});
});

describe('explainScope', () => {
	test('says a single operation is all the token grants', () => {
		expect(explainScope({ service: 'ZohoCRM', name: 'modules.leads', operation: 'READ' }, index).sentence).toMatchInlineSnapshot(`"Records of the leads module. This token grants only \`READ\`: read data."`);
	});
	test('says which narrower scopes are documented and which are not', () => {
		expect(explainScope({ service: 'ZohoCRM', name: 'modules', operation: 'ALL' }, index).sentence).toMatchInlineSnapshot(`"Records of every module. Operation \`ALL\`: every operation of this scope (READ, CREATE, UPDATE, DELETE, WRITE). Zoho documents that it also grants 10 narrower scopes, such as \`ZohoCRM.modules.leads\`. Zoho's documentation does not say whether it grants the 3 narrower scopes under it, such as \`ZohoCRM.modules.activities\`; request those too if your calls need them."`);
	});
	test('says an undocumented service-wide scope grants nothing else', () => {
		expect(explainScope({ service: 'ZohoBooks', name: 'fullaccess', operation: 'all' }, index).sentence).toMatchInlineSnapshot(`"Said to grant every Books scope. Operation \`all\`: every operation of this scope. Zoho's documentation does not say what else this service-wide scope grants, so the composer treats it as granting nothing beyond its own name."`);
	});
	test('spells out ALL and mentions narrower scopes', () => {
		expect(explainScope({ service: 'ZohoCRM', name: 'settings', operation: 'ALL' }, index).sentence).toMatchInlineSnapshot(`"All settings and metadata. Operation \`ALL\`: every operation of this scope. Zoho documents that it also grants 3 narrower scopes, such as \`ZohoCRM.settings.fields\`. Zoho's documentation does not say whether it grants the narrower scope \`ZohoCRM.settings.roles\`; request that one too if your calls need it."`);
	});
});

describe('analyzeScopeString', () => {
	test('returns tokens with explanations, issues with messages and the minimal string', () => {
		const r = analyzeScopeString('zohocrm.modules.leads.read ZohoCRM.modules.ALL,ZohoCRM.nope.READ', index);
		expect(r.minimalString).toBe('ZohoCRM.modules.ALL');
		expect(r.counts).toEqual({ error: 1, warning: 2, info: 1 });
		expect(r.valid).toBe(false);
		expect(r.tokens.map((t) => t.canonical)).toEqual(['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL', undefined]);
		expect(r.tokens[1]?.explanation?.summary).toBe('Records of every module.');
		expect(r.issues.every((i) => i.message.length > 20)).toBe(true);
		expect(r.removed).toEqual([
			{ scope: 'ZohoCRM.modules.leads.READ', reason: 'covered', coveredBy: 'ZohoCRM.modules.ALL' },
			{ scope: 'ZohoCRM.nope.READ', reason: 'invalid' },
		]);
	});

	test('keeps a scope whose coverage is only inferred, with a possibly_redundant note (issue #12 examples)', () => {
		for (const [input, narrower] of [
			['ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL', 'ZohoCRM.modules.attachments.ALL'],
			['ZohoCRM.bulk.ALL,ZohoCRM.bulk.backup.ALL', 'ZohoCRM.bulk.backup.ALL'],
		] as const) {
			const r = analyzeScopeString(input, index);
			expect(r.minimalString).toBe(input);
			expect(r.issues.map((i) => [i.code, i.token])).toEqual([['possibly_redundant', narrower]]);
			expect(r.issues[0]?.message).toContain('may already be covered by');
			expect(r.removed).toEqual([]);
		}
	});
});

import { describe, expect, test } from 'vitest';
import { parseScopeString, type ScopeIssue } from '../../../src/lib/scopes';
import { index } from '../../fixtures/scopes/catalog';

function pick(issue: ScopeIssue) {
	return { code: issue.code, severity: issue.severity, token: issue.token, start: issue.start, end: issue.end };
}

describe('parseScopeString', () => {
	test.each([
		{ input: 'ZohoCRM..READ', code: 'empty_segment', token: 'ZohoCRM..READ', start: 0, end: 13, severity: 'error' },
		{ input: 'ZohoCRM.modules.', code: 'empty_segment', token: 'ZohoCRM.modules.', start: 0, end: 16, severity: 'error' },
		{ input: ',ZohoCRM.coql.READ', code: 'stray_separator', token: ',', start: 0, end: 1, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ,', code: 'stray_separator', token: ',', start: 17, end: 18, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ,,ZohoCRM.users.READ', code: 'stray_separator', token: ',', start: 18, end: 19, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ ZohoCRM.users.READ', code: 'non_comma_separator', token: ' ', start: 17, end: 18, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ;ZohoCRM.users.READ', code: 'non_comma_separator', token: ';', start: 17, end: 18, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ+ZohoCRM.users.READ', code: 'non_comma_separator', token: '+', start: 17, end: 18, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ%2CZohoCRM.users.READ', code: 'non_comma_separator', token: '%2C', start: 17, end: 20, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ\n\tZohoCRM.users.READ', code: 'non_comma_separator', token: '\n\t', start: 17, end: 19, severity: 'warning' },
		{ input: 'ZohoCMR.coql.READ', code: 'unknown_service', token: 'ZohoCMR.coql.READ', start: 0, end: 17, severity: 'error' },
		{ input: 'a,ZohoCRM.modules.leeds.READ', code: 'unknown_scope', token: 'ZohoCRM.modules.leeds.READ', start: 2, end: 28, severity: 'error' },
		{ input: 'ZohoCRM.modules.leads.REED', code: 'unknown_operation', token: 'ZohoCRM.modules.leads.REED', start: 0, end: 26, severity: 'error' },
		{ input: 'ZohoCRM.coql.ALL', code: 'invalid_operation', token: 'ZohoCRM.coql.ALL', start: 0, end: 16, severity: 'error' },
		{ input: 'ZohoCRM.modules.leads', code: 'missing_operation', token: 'ZohoCRM.modules.leads', start: 0, end: 21, severity: 'error' },
		{ input: 'ZohoCRM.READ', code: 'missing_scope_name', token: 'ZohoCRM.READ', start: 0, end: 12, severity: 'error' },
		{ input: 'zohocrm.Modules.leads.read', code: 'wrong_case', token: 'zohocrm.Modules.leads.read', start: 0, end: 26, severity: 'warning' },
		{ input: 'ZohoCRM.modules.activities.READ', code: 'deprecated_scope', token: 'ZohoCRM.modules.activities.READ', start: 0, end: 31, severity: 'warning' },
		{ input: 'ZohoCRM.coql.READ,ZohoCRM.coql.READ', code: 'duplicate_scope', token: 'ZohoCRM.coql.READ', start: 18, end: 35, severity: 'warning' },
		{ input: 'ZohoCRM.modules.leads.READ,ZohoCRM.modules.ALL', code: 'redundant_scope', token: 'ZohoCRM.modules.leads.READ', start: 0, end: 26, severity: 'info' },
	])('$input → $code at $start..$end', ({ input, code, token, start, end, severity }) => {
		const issues = parseScopeString(input, index).issues.filter((i) => i.code === code);
		expect(issues.map(pick)).toEqual([{ code, severity, token, start, end }]);
	});

	test('reports a clean comma list with no issues and canonical scopes', () => {
		const r = parseScopeString('ZohoCRM.modules.leads.READ,ZohoCRM.coql.READ', index);
		expect(r.issues).toEqual([]);
		expect(r.valid).toBe(true);
		expect(r.tokens.map((t) => t.canonical)).toEqual(['ZohoCRM.modules.leads.READ', 'ZohoCRM.coql.READ']);
	});

	test('accepts spaces after commas without a separator warning', () => {
		expect(parseScopeString('ZohoCRM.coql.READ, ZohoCRM.users.READ', index).issues).toEqual([]);
	});

	test('reports non-comma separators once, counting every place', () => {
		const r = parseScopeString('ZohoCRM.coql.READ ZohoCRM.users.READ ZohoCRM.org.READ', index);
		const found = r.issues.filter((i) => i.code === 'non_comma_separator');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ count: 2 });
		expect(r.scopes).toHaveLength(3);
	});

	test('decodes %20-separated scopes into the same tokens', () => {
		const r = parseScopeString('ZohoCRM.coql.READ%20ZohoCRM.users.READ', index);
		expect(r.tokens.map((t) => t.canonical)).toEqual(['ZohoCRM.coql.READ', 'ZohoCRM.users.READ']);
		expect(r.issues.map((i) => i.code)).toEqual(['non_comma_separator']);
	});

	test('keeps malformed % sequences as text instead of throwing', () => {
		const r = parseScopeString('ZohoCRM.coql.READ%E0%A4%A,%', index);
		expect(r.tokens.map((t) => t.raw)).toEqual(['ZohoCRM.coql.READ%E0%A4%A', '%']);
		expect(r.valid).toBe(false);
	});

	test('reads the scope parameter of a pasted authorization URL', () => {
		const url = 'https://accounts.zoho.eu/oauth/v2/auth?response_type=code&client_id=1000.X&scope=ZohoCRM.modules.ALL%2CZohoCRM.users.READ&redirect_uri=https%3A%2F%2Fexample.com';
		const r = parseScopeString(url, index);
		expect(r.tokens.map((t) => t.canonical)).toEqual(['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ']);
		expect(r.issues.map((i) => i.code)).toEqual(['extracted_from_url']);
		expect(r.tokens[0]?.start).toBe(url.indexOf('ZohoCRM'));
	});

	test('reads a scope= fragment with + for spaces and warns once', () => {
		const r = parseScopeString('scope=ZohoCRM.coql.READ+ZohoCRM.users.READ', index);
		expect(r.scopes.map((s) => s.name)).toEqual(['coql', 'users']);
		expect(r.issues.map((i) => i.code)).toEqual(['extracted_from_url', 'non_comma_separator']);
	});

	test('reads a scope= fragment after leading whitespace', () => {
		const r = parseScopeString('  scope=ZohoCRM.coql.READ&state=x', index);
		expect(r.tokens.map((t) => [t.canonical, t.start])).toEqual([['ZohoCRM.coql.READ', 8]]);
	});

	test('reads a pasted JSON array', () => {
		const r = parseScopeString('[\n  "ZohoCRM.coql.READ",\n  "ZohoCRM.users.READ"\n]', index);
		expect(r.scopes).toHaveLength(2);
		expect(r.issues).toEqual([]);
	});

	test('gives the canonical spelling for wrong case', () => {
		const [issue] = parseScopeString('zohoanalytics.DATA.READ', index).issues;
		expect(issue).toMatchObject({ code: 'wrong_case', canonical: 'ZohoAnalytics.data.read' });
	});

	test('suggests the nearest scope name', () => {
		const [issue] = parseScopeString('ZohoCRM.modules.leeds.READ', index).issues;
		expect(issue).toMatchObject({ code: 'unknown_scope', suggestion: 'ZohoCRM.modules.leads.READ' });
	});

	test('suggests the nearest operation and lists valid ones', () => {
		const [issue] = parseScopeString('ZohoCRM.settings.fields.REED', index).issues;
		expect(issue).toMatchObject({ code: 'unknown_operation', suggestion: 'READ', validOperations: ['ALL', 'READ', 'CREATE', 'UPDATE', 'DELETE'] });
	});

	test('lists deprecation replacements from the catalog', () => {
		const [issue] = parseScopeString('ZohoCRM.modules.activities.ALL', index).issues;
		expect(issue).toMatchObject({ replacements: ['ZohoCRM.modules.tasks', 'ZohoCRM.modules.events', 'ZohoCRM.modules.calls'] });
	});

	test('names the broader scope for a redundant one, and for a possibly redundant one', () => {
		const r = parseScopeString('ZohoCRM.modules.ALL,ZohoCRM.modules.leads.READ,ZohoCRM.modules.leads.WRITE', index);
		expect(r.issues.map((i) => (i.code === 'redundant_scope' ? [i.token, i.coveredBy] : i.code))).toEqual([
			['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.ALL'],
			['ZohoCRM.modules.leads.WRITE', 'ZohoCRM.modules.ALL'],
		]);
		const maybe = parseScopeString('ZohoCRM.modules.READ,ZohoCRM.modules.leads.READ,ZohoCRM.modules.leads.WRITE', index);
		expect(maybe.issues.map((i) => (i.code === 'possibly_redundant' ? [i.token, i.coveredBy] : i.code))).toEqual([
			['ZohoCRM.modules.leads.READ', 'ZohoCRM.modules.READ'],
		]);
		expect(maybe.minimal.length).toBe(3);
	});

	test('treats a child named like an operation as a scope name (send_mail.all)', () => {
		const r = parseScopeString('ZohoCRM.send_mail.all.CREATE', index);
		expect(r.issues.filter((i) => i.code !== 'redundant_scope' && i.code !== 'possibly_redundant')).toEqual([]);
		expect(parseScopeString('ZohoCRM.send_mail.all', index).issues[0]?.code).toBe('missing_operation');
	});

	test('returns nothing for empty and separator-only input', () => {
		expect(parseScopeString('', index)).toMatchObject({ tokens: [], issues: [], valid: true });
		expect(parseScopeString('   \n ', index).issues).toEqual([]);
	});

	test('parses and flags a 10,000-character input', () => {
		const parts = ['ZohoCRM.modules.leads.READ', 'zohocrm.modules.ALL', 'ZohoCRM.nope.READ', 'Foo.bar.READ', 'ZohoCRM.coql.REED'];
		let input = '';
		for (let i = 0; input.length < 10_000; i++) input += `${parts[i % parts.length]}${i % 3 === 0 ? ' ' : ','}x${i}.y,`;
		const r = parseScopeString(input, index);
		expect(r.tokens.length).toBeGreaterThan(300);
		expect(r.issues.some((i) => i.code === 'invalid_operation' || i.code === 'unknown_operation')).toBe(true);
	});

	test('guards against huge input with too_long', () => {
		const input = 'ZohoCRM.coql.READ,'.repeat(2000);
		const r = parseScopeString(input, index);
		expect(r.issues.some((i) => i.code === 'too_long')).toBe(true);
	});
});

// Walks every collection of the real content and checks each cross-reference; then shows the
// checker catches each kind of broken reference (fast, without a build: tests/build does that).
import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, formatIntegrityIssues } from '../../src/lib/content/integrity';
import { loadContent } from '../helpers/content';

const content = loadContent();
const clone = () => structuredClone(content);

describe('checkContentIntegrity', () => {
	it('finds no broken reference in the real content', () => {
		const issues = checkContentIntegrity(content);
		expect(issues, formatIntegrityIssues(issues)).toEqual([]);
	});

	it('walks every collection', () => {
		for (const [name, entries] of Object.entries(content)) expect(entries.length, name).toBeGreaterThan(0);
	});

	it('flags an unknown operation with file and field', () => {
		const c = clone();
		const crm = c.services.find((s) => s.service === 'ZohoCRM')!;
		const i = crm.scopes.findIndex((s) => s.name === 'coql');
		crm.scopes[i]!.operations = ['REED'];
		expect(checkContentIntegrity(c)).toContainEqual({
			file: 'content/scopes/zoho-crm.yaml',
			field: `scopes[${i}].operations[0]`,
			message: 'unknown operation `REED` (not in content/operations.yaml)',
		});
	});

	it('flags an endpoint scope that does not resolve, naming the endpoint and position', () => {
		const c = clone();
		const ep = c.endpoints[0]!;
		ep.scopeGroups = [['ZohoCRM.modules.{module}.REED']];
		const issues = checkContentIntegrity(c);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: 'content/endpoints.yaml', field: `${ep.id}.scopeGroups[0][0]` });
		expect(issues[0]!.message).toContain('`REED` is not an operation of `ZohoCRM.modules.leads`');
	});

	it('flags a deprecated scope whose replacement does not exist', () => {
		const c = clone();
		const crm = c.services.find((s) => s.service === 'ZohoCRM')!;
		const i = crm.scopes.findIndex((s) => s.deprecated);
		crm.scopes[i]!.deprecated!.replacements = ['ZohoCRM.modules.meetings'];
		expect(checkContentIntegrity(c).map((x) => x.field)).toEqual([`scopes[${i}].deprecated.replacements[0]`]);
	});

	it('flags a glossary link to a missing term, a missing client type and a missing data center', () => {
		const c = clone();
		c.glossary[0]!.related = ['nope'];
		c.clientTypes = c.clientTypes.filter((t) => t.id !== 'mobile');
		c.walkthroughs = c.walkthroughs.filter((w) => w.clientType !== 'mobile');
		c.dataCenters = c.dataCenters.filter((d) => d.id !== 'jp');
		const issues = checkContentIntegrity(c);
		expect(issues.map((x) => x.message)).toEqual([
			'unknown glossary term `nope`',
			'client type `mobile` is missing',
			'data center `jp` is missing',
		]);
		const w = clone();
		w.walkthroughs[0]!.clientType = 'mobile';
		w.clientTypes = w.clientTypes.filter((t) => t.id !== 'mobile');
		expect(checkContentIntegrity(w)).toContainEqual(
			expect.objectContaining({ file: w.walkthroughs[0]!.file, field: 'clientType', message: 'unknown client type `mobile`' }),
		);
	});

	it('flags a wizard question list that no longer matches the engine', () => {
		const c = clone();
		c.wizardQuestions = c.wizardQuestions.filter((q) => q.id !== 'redirect');
		expect(checkContentIntegrity(c)).toContainEqual(
			expect.objectContaining({ file: 'content/wizard/questions.yaml', field: 'redirect' }),
		);
	});

	it('words every issue as file → field: message', () => {
		expect(formatIntegrityIssues([{ file: 'content/a.yaml', field: 'x[0]', message: 'broken' }])).toBe(
			'Content cross-reference check failed (1 problem). Fix these files:\n  content/a.yaml → x[0]: broken',
		);
	});

	it('flags a snippet file that leaves out, renames or mis-imports an SDK data-center class', () => {
		const c = clone();
		const py = c.snippets.find((s) => s.lang === 'python')!;
		delete py.dcClasses.jp;
		py.dcClasses.ca = { class: 'CanadaDataCenter', confidence: 'documented' };
		py.dcClasses.uk = { class: 'UKDataCenter', confidence: 'documented' };
		const node = c.snippets.find((s) => s.lang === 'nodejs')!;
		delete node.dcClasses.sa!.module;
		const issues = checkContentIntegrity(c).map((x) => `${x.file} → ${x.field}: ${x.message}`);
		expect(issues).toEqual([
			'content/snippets/nodejs.yaml → dcClasses.sa.module: `SADataCenter` is imported from `@zohocrm/nodejs-sdk-8.0/lib/routes/dc/sa_data_center.js`',
			'content/snippets/python.yaml → dcClasses.ca.class: `CanadaDataCenter` is not the SDK\'s class for `ca`; it is `CADataCenter`',
			'content/snippets/python.yaml → dcClasses.jp: the SDK has `JPDataCenter` for `jp` (content/sdk-api/python.yaml); list it',
			'content/snippets/python.yaml → dcClasses.uk: the SDK has no data-center class for `uk` (content/sdk-api/python.yaml); remove it',
		]);
	});
});

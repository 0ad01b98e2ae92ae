// Scope catalog, operations and endpoint map: every file parses with its schema and every
// cross-reference resolves (operations exist, scope names are unique, endpoint scope patterns
// resolve against the catalog with `{module}` replaced by a sample module).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content';

const content = loadContent();
const { operations, services, endpoints } = content;

const lc = (s: string) => s.toLowerCase();

/** The module used for `{module}` in a service's patterns: its first `modules.*` scope (`leads` in CRM). */
function sampleModule(service: string): string {
	const catalog = services.find((s) => s.service === service);
	return catalog?.scopes.find((e) => /^modules\.\w+$/.test(e.name))?.name.slice('modules.'.length) ?? 'leads';
}

/** Resolves `Service.scope.name.OPERATION` (case-insensitive) against the catalog; null when it resolves. */
function unresolved(pattern: string, sample = 'leads'): string | null {
	const parts = pattern.split('{module}').join(sample).split('.');
	if (parts.length < 3) return `${pattern}: not Service.scope.OPERATION`;
	const [service, ...rest] = parts;
	const op = rest.pop()!;
	const name = rest.join('.');
	const catalog = services.find((s) => lc(s.service) === lc(service!));
	if (!catalog) return `${pattern}: unknown service ${service}`;
	const entry = catalog.scopes.find((e) => lc(e.name) === lc(name));
	if (!entry) return `${pattern}: unknown scope ${service}.${name}`;
	if (!entry.operations.some((o) => lc(o) === lc(op))) {
		return `${pattern}: ${op} is not an operation of ${service}.${name} (${entry.operations.join(', ')})`;
	}
	return null;
}

function crmScope(name: string) {
	const crm = services.find((s) => s.service === 'ZohoCRM');
	return crm?.scopes.find((e) => e.name === name);
}

describe('content files parse', () => {
	it('loads operations, scope catalogs and endpoints', () => {
		expect(operations.length).toBeGreaterThan(0);
		expect(services.length).toBeGreaterThan(0);
		expect(endpoints.length).toBeGreaterThan(0);
	});
});

describe('operations.yaml', () => {
	it('has the core grammar and product-specific operation types', () => {
		const ids = operations.map((o) => o.id);
		for (const id of ['ALL', 'READ', 'CREATE', 'UPDATE', 'DELETE', 'WRITE', 'CUSTOM', 'EXECUTE', 'CREATE-UPDATE']) {
			expect(ids).toContain(id);
		}
	});

	it('has unique ids (case-insensitive)', () => {
		const ids = operations.map((o) => lc(o.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('gives ALL coversAll and WRITE / CREATE-UPDATE their implications', () => {
		const byId = new Map(operations.map((o) => [o.id, o]));
		expect(byId.get('ALL')?.coversAll).toBe(true);
		expect(operations.filter((o) => o.coversAll).map((o) => o.id)).toEqual(['ALL']);
		expect([...(byId.get('WRITE')?.implies ?? [])].sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
		expect(byId.get('WRITE')?.implies).not.toContain('READ');
		expect([...(byId.get('CREATE-UPDATE')?.implies ?? [])].sort()).toEqual(['CREATE', 'UPDATE']);
	});

	it('only implies operations that exist', () => {
		const ids = new Set(operations.map((o) => lc(o.id)));
		for (const o of operations) for (const imp of o.implies) expect(ids.has(lc(imp)), `${o.id} implies ${imp}`).toBe(true);
	});
});

describe('scope catalogs', () => {
	it('has one catalog per service', () => {
		const names = services.map((s) => lc(s.service));
		expect(new Set(names).size).toBe(names.length);
	});

	it('uses only operations from operations.yaml (case-insensitive)', () => {
		const ids = new Set(operations.map((o) => lc(o.id)));
		const bad: string[] = [];
		for (const svc of services)
			for (const e of svc.scopes)
				for (const op of e.operations) if (!ids.has(lc(op))) bad.push(`${svc.service}.${e.name}.${op}`);
		expect(bad).toEqual([]);
	});

	it('lists each scope name once per service', () => {
		const dupes: string[] = [];
		for (const svc of services) {
			const seen = new Set<string>();
			for (const e of svc.scopes) {
				if (seen.has(lc(e.name))) dupes.push(`${svc.service}.${e.name}`);
				seen.add(lc(e.name));
			}
		}
		expect(dupes).toEqual([]);
	});

	it('lists no operation twice within an entry', () => {
		const dupes: string[] = [];
		for (const svc of services)
			for (const e of svc.scopes) {
				const ops = e.operations.map(lc);
				if (new Set(ops).size !== ops.length) dupes.push(`${svc.service}.${e.name}`);
			}
		expect(dupes).toEqual([]);
	});

	it('sets family to the first segment of the scope name', () => {
		const bad: string[] = [];
		for (const svc of services)
			for (const e of svc.scopes) if (e.family !== e.name.split('.')[0]) bad.push(`${svc.service}.${e.name} (${e.family})`);
		expect(bad).toEqual([]);
	});

	it('points deprecation replacements at scopes that exist', () => {
		for (const svc of services)
			for (const e of svc.scopes)
				for (const rep of e.deprecated?.replacements ?? []) {
					const [service, ...name] = rep.split('.');
					const target = services.find((s) => s.service === service);
					expect(target?.scopes.some((x) => x.name === name.join('.')), `${svc.service}.${e.name} → ${rep}`).toBe(true);
				}
	});
});

describe('Zoho CRM catalog', () => {
	it('is service ZohoCRM, ordered first', () => {
		const crm = services.find((s) => s.service === 'ZohoCRM');
		expect(crm).toBeDefined();
		expect(crm!.order).toBe(1);
		expect(Math.min(...services.map((s) => s.order))).toBe(1);
	});

	it('expands the modules family into one entry per module', () => {
		for (const m of [
			'leads', 'accounts', 'contacts', 'deals', 'campaigns', 'tasks', 'cases', 'events', 'calls', 'solutions',
			'products', 'vendors', 'pricebooks', 'quotes', 'salesorders', 'purchaseorders', 'invoices', 'custom',
			'notes', 'attachments', 'approvals', 'dashboards', 'search', 'services', 'appointments',
		]) {
			expect(crmScope(`modules.${m}`), `modules.${m}`).toBeDefined();
		}
		expect(crmScope('modules.leads')?.operations).toEqual(expect.arrayContaining(['ALL', 'READ', 'CREATE', 'UPDATE', 'DELETE']));
	});

	it('marks modules.activities deprecated with replacements that exist', () => {
		const act = crmScope('modules.activities');
		expect(act?.deprecated).toBeDefined();
		expect(act!.deprecated!.reason).toMatch(/OAUTH_SCOPE_MISMATCH/);
		expect([...act!.deprecated!.replacements].sort()).toEqual(
			['ZohoCRM.modules.calls', 'ZohoCRM.modules.events', 'ZohoCRM.modules.tasks'],
		);
		for (const rep of act!.deprecated!.replacements) {
			expect(crmScope(rep.replace(/^ZohoCRM\./, '')), rep).toBeDefined();
		}
	});

	it('gives coql only READ, composite_requests only CUSTOM, bulk ALL/READ/CREATE', () => {
		expect(crmScope('coql')?.operations).toEqual(['READ']);
		expect(crmScope('composite_requests')?.operations).toEqual(['CUSTOM']);
		expect([...(crmScope('bulk')?.operations ?? [])].sort()).toEqual(['ALL', 'CREATE', 'READ']);
	});

	it('splits combined settings entries and has every settings child', () => {
		for (const c of ['tab_groups', 'macros', 'custom_links', 'custom_buttons', 'fields', 'layouts', 'modules', 'roles', 'profiles',
			'territories', 'custom_views', 'related_lists', 'variables', 'tags', 'currencies', 'data_sharing', 'recycle_bin']) {
			expect(crmScope(`settings.${c}`), `settings.${c}`).toBeDefined();
		}
		expect(crmScope('files')).toBeDefined();
		expect(crmScope('settings')?.operations).toEqual(['ALL']);
	});

	it('has the children of mass_update, mass_delete, mass_convert, share, send_mail and templates', () => {
		for (const n of ['mass_update.leads', 'mass_delete.leads', 'mass_convert.leads', 'share.leads', 'send_mail.all',
			'send_mail.leads', 'templates.email', 'templates.inventory']) {
			expect(crmScope(n), n).toBeDefined();
		}
	});

	it('flags broad and sensitive scopes with a risk note', () => {
		for (const n of ['modules', 'settings', 'users', 'org', 'bulk', 'mass_delete', 'share', 'send_mail', 'settings.profiles',
			'settings.roles', 'settings.data_sharing', 'settings.recycle_bin']) {
			expect(crmScope(n)?.risk, n).toBeTruthy();
		}
	});
});

describe('endpoints.yaml', () => {
	it('has at least 95 endpoints with unique ids', () => {
		expect(endpoints.length).toBeGreaterThanOrEqual(95);
		const ids = endpoints.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has no duplicate method + path + name', () => {
		const keys = endpoints.map((e) => `${e.method} ${e.path} ${e.name}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('resolves every scope pattern against the catalog ({module} → the service\'s first module)', () => {
		const bad: string[] = [];
		for (const ep of endpoints)
			for (const group of ep.scopeGroups)
				for (const pattern of group) {
					const why = unresolved(pattern, sampleModule(ep.service));
					if (why) bad.push(`${ep.id}: ${why}`);
				}
		expect(bad).toEqual([]);
	});

	it('requires a modules scope together with coql.READ for COQL', () => {
		const coql = endpoints.find((e) => e.path === '/crm/v8/coql');
		expect(coql?.scopeGroups).toHaveLength(2);
		expect(coql?.scopeGroups[0]).toEqual(['ZohoCRM.coql.READ']);
	});
});

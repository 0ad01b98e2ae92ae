import { describe, expect, it } from 'vitest';
import { decodeChecklistParams } from '../../src/lib/checklists';
import { createRoutes, normalizeBase, type RouteTarget } from '../../src/lib/routes';
import { decodeScopeParams } from '../../src/lib/scopes';
import { decodeTroubleshootParams } from '../../src/lib/troubleshoot';
import { decodeWizardParams } from '../../src/lib/wizard';

describe('normalizeBase', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['guide', '/guide/'],
		['/guide', '/guide/'],
		['/guide/', '/guide/'],
		['//a//b/', '/a/b/'],
		['./docs', '/docs/'],
	])('%s → %s', (input, out) => {
		expect(normalizeBase(input)).toBe(out);
	});
});

describe.each(['/', '/guide/'])('createRoutes(%s)', (base) => {
	const r = createRoutes(base);
	const at = (path: string) => `${base}${path}`;

	it('builds every page of the site under the base', () => {
		expect(r.home()).toBe(base);
		expect(r.wizard()).toBe(at('wizard/'));
		expect(r.decide()).toBe(at('decide/'));
		expect(r.scopes()).toBe(at('scopes/'));
		expect(r.scopeCatalog()).toBe(at('scopes/catalog/'));
		expect(r.checklist()).toBe(at('checklist/'));
		expect(r.troubleshoot()).toBe(at('troubleshoot/'));
		expect(r.clientTypes()).toBe(at('client-types/'));
		expect(r.clientType('self-client')).toBe(at('client-types/self-client/'));
		expect(r.walkthroughs()).toBe(at('walkthroughs/'));
		expect(r.walkthrough('server-based-lead-manager', 'step-register')).toBe(at('walkthroughs/server-based-lead-manager/#step-register'));
		expect(r.facts('errors')).toBe(at('facts/#errors'));
		expect(r.glossary('pkce')).toBe(at('glossary/#pkce'));
		expect(r.search('refresh token')).toBe(at('search/?q=refresh%20token'));
		expect(r.api('endpoints')).toBe(at('api/endpoints.json'));
		expect(r.composerData()).toBe(at('data/composer.json'));
		expect(r.troubleshootData()).toBe(at('data/troubleshoot.json'));
		expect(r.file('/pagefind/pagefind.js')).toBe(at('pagefind/pagefind.js'));
		expect(r.scopeCatalog({ scope: 'ZohoCRM.modules' })).toBe(at('scopes/catalog/#scope-ZohoCRM.modules'));
		expect(r.scopeCatalog({ service: 'ZohoCRM' })).toBe(at('scopes/catalog/#service-ZohoCRM'));
	});

	it('writes each page’s query with that page’s own codec, so the page reads back what was linked', () => {
		const wizard = r.wizard({ runtime: 'script', accounts: 'own' });
		expect(wizard).toBe(at('wizard/?accounts=own&runtime=script'));
		expect(decodeWizardParams(wizard).answers).toEqual({ accounts: 'own', runtime: 'script' });

		const checklist = r.checklist({ clientType: 'self-client', dc: 'eu', scopes: 'ZohoCRM.modules.ALL', lang: 'java' }, 'register-client');
		expect(checklist).toBe(at('checklist/?type=self-client&dc=eu&s=ZohoCRM.modules.ALL&lang=java#register-client'));
		expect(decodeChecklistParams(checklist).state).toEqual({ clientType: 'self-client', dc: 'eu', scopes: 'ZohoCRM.modules.ALL', lang: 'java' });

		const scopes = r.scopes(['ZohoCRM.users.READ', 'ZohoCRM.org.READ']);
		expect(scopes).toBe(at('scopes/?s=ZohoCRM.users.READ,ZohoCRM.org.READ'));
		expect(decodeScopeParams(scopes).input).toBe('ZohoCRM.users.READ,ZohoCRM.org.READ');

		const ts = r.troubleshoot({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads', dc: 'eu' });
		expect(ts).toBe(at('troubleshoot/?error=OAUTH_SCOPE_MISMATCH&endpoint=GET%20/crm/v8/Leads&dc=eu'));
		expect(decodeTroubleshootParams(ts).state).toEqual({ error: 'OAUTH_SCOPE_MISMATCH', endpoint: 'GET /crm/v8/Leads', dc: 'eu' });
	});

	it('follows the decision tree’s question order for /decide/', () => {
		expect(r.decide({ runtime: 'script', accounts: 'own' })).toBe(at('decide/accounts-own/runtime-script/'));
		expect(r.decide({ runtime: 'script', accounts: 'own' }, ['runtime', 'accounts', 'webui', 'redirect'])).toBe(at('decide/runtime-script/accounts-own/'));
	});

	it('never puts a secret into a link', () => {
		const token = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';
		expect(r.scopes(token)).toBe(at('scopes/'));
		expect(r.checklist({ scopes: token })).toBe(at('checklist/'));
	});

	it('turns route targets into the same URLs', () => {
		const targets: [RouteTarget, string][] = [
			[{ page: 'wizard', answers: { accounts: 'own' } }, r.wizard({ accounts: 'own' })],
			[{ page: 'scopes', scopes: 'A.b.READ' }, r.scopes('A.b.READ')],
			[{ page: 'checklist', state: { clientType: 'mobile' }, step: 'x' }, r.checklist({ clientType: 'mobile' }, 'x')],
			[{ page: 'troubleshoot', state: { dc: 'eu' } }, r.troubleshoot({ dc: 'eu' })],
			[{ page: 'client-type', id: 'mobile' }, r.clientType('mobile')],
			[{ page: 'walkthrough', slug: 'w', step: 's' }, r.walkthrough('w', 's')],
			[{ page: 'facts', anchor: 'errors' }, r.facts('errors')],
			[{ page: 'glossary', term: 'pkce' }, r.glossary('pkce')],
		];
		for (const [t, url] of targets) expect(r.to(t)).toBe(url);
	});

	it('reads a page path back without the base', () => {
		expect(r.routeOf(at('wizard/'))).toBe('/wizard/');
		expect(r.routeOf(base)).toBe('/');
		if (base !== '/') {
			expect(r.routeOf('/guide')).toBe('/');
			expect(r.routeOf('/wizard/')).toBeNull();
		}
	});
});

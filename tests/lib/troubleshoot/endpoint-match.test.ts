// Endpoint matching for any service in the catalog: CRM from the content, and Desk/Books shapes.
import { describe, expect, it } from 'vitest';
import { EndpointSchema } from '../../../src/lib/schemas';
import { matchEndpoint } from '../../../src/lib/troubleshoot';
import { data } from './data';

// CRM's endpoints from the content (the real Desk and Books lists would share the shapes below).
const crm = data.endpoints!.filter((e) => (e.service ?? 'ZohoCRM') === 'ZohoCRM');
const other = [
	{ id: 'desk-list-tickets', service: 'ZohoDesk', method: 'GET', path: '/api/v1/tickets', name: 'List tickets', category: 'Tickets', scopeGroups: [['Desk.tickets.READ']], sources: ['https://desk.zoho.com/DeskAPIDocument'] },
	{ id: 'mail-accounts', service: 'ZohoMail', method: 'GET', path: '/api/accounts', name: 'Get accounts', category: 'Accounts', scopeGroups: [['ZohoMail.accounts.READ']], sources: ['https://www.zoho.com/mail/help/api/'] },
	{ id: 'books-list-invoices', service: 'ZohoBooks', method: 'GET', path: '/books/v3/invoices', name: 'List invoices', category: 'Invoices', scopeGroups: [['ZohoBooks.invoices.READ']], sources: ['https://www.zoho.com/books/api/v3/invoices/'] },
	{ id: 'other-tickets', service: 'ZohoOther', method: 'GET', path: '/api/v1/tickets', name: 'Other tickets', category: 'X', scopeGroups: [['ZohoOther.x.READ']], sources: ['https://example.org/'] },
].map((e) => EndpointSchema.parse(e));
const all = [...crm, ...other];

describe('matchEndpoint', () => {
	it.each([
		['GET', '/crm/v8/Leads', 'get-records', 'GET /crm/v8/Leads'],
		['GET', '/crm/v2/Leads/4150868000001234567?fields=Last_Name', 'get-a-record', 'GET /crm/v2/Leads/{record_id}'],
		['POST', '/crm/v8/coql', undefined, 'POST /crm/v8/coql'],
		['GET', '/books/v3/invoices?organization_id=1', 'books-list-invoices', 'GET /books/v3/invoices'],
		['GET', '/api/accounts', 'mail-accounts', 'GET /api/accounts'],
	])('%s %s', (method, path, id, display) => {
		const m = matchEndpoint(method, path, all);
		if (id) expect(m?.endpoint.id).toBe(id);
		expect(m?.display).toBe(display);
	});
	it('the host breaks a tie between services sharing a path', () => {
		expect(matchEndpoint('GET', '/api/v1/tickets', all, 'desk.zoho.eu')?.endpoint.id).toBe('desk-list-tickets');
		expect(matchEndpoint('GET', '/api/v1/tickets', all, 'other.zoho.eu')?.endpoint.id).toBe('other-tickets');
	});
	it('reports an older API version than the catalog’s', () => {
		expect(matchEndpoint('GET', '/crm/v2/Leads', crm)?.olderVersion).toEqual({ called: 'v2', current: 'v8' });
		expect(matchEndpoint('GET', '/crm/v8/Leads', crm)?.olderVersion).toBeUndefined();
	});
	it('reads the module from the path or ?module=', () => {
		expect(matchEndpoint('GET', '/crm/v8/Deals', crm)?.module).toBe('Deals');
		expect(matchEndpoint('GET', '/crm/v8/settings/fields?module=Leads', crm)?.module).toBe('Leads');
	});
	it('nothing for other paths, methods or junk', () => {
		expect(matchEndpoint('GET', '/nothing/here', all)).toBeUndefined();
		expect(matchEndpoint('PATCH', '/crm/v8/coql', all)).toBeUndefined();
		expect(matchEndpoint('GET', 'no-slash', all)).toBeUndefined();
		expect(matchEndpoint('GET', `/${'a/'.repeat(2000)}`, all)).toBeUndefined();
	});
});

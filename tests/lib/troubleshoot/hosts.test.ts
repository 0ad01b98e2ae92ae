// Host → data center, derived from content/data-centers.yaml (no DC list in code).
import { describe, expect, it } from 'vitest';
import { createHostTable } from '../../../src/lib/troubleshoot';
import { data } from './data';

const t = createHostTable(data.dataCenters);
const dc = (h: string) => t.classify(h)?.dc;
const role = (h: string) => t.classify(h)?.role;

describe('createHostTable', () => {
	it.each([
		['accounts.zoho.eu', 'eu', 'accounts'],
		['www.zohoapis.eu', 'eu', 'api'],
		['desk.zoho.eu', 'eu', 'api'],
		['books.zoho.in', 'in', 'api'],
		['www.zohoapis.com.au', 'au', 'api'],
		['accounts.zoho.com.au', 'au', 'accounts'],
		['accounts.zoho.jp', 'jp', 'accounts'],
		['accounts.zohocloud.ca', 'ca', 'accounts'],
		['mail.zohocloud.ca', 'ca', 'api'],
		['www.zohoapis.ca', 'ca', 'api'],
		['accounts.zoho.sa', 'sa', 'accounts'],
		['www.zohoapis.com.cn', 'cn', 'api'],
		['accounts.zoho.com', 'us', 'accounts'],
		['www.zohoapis.com', 'us', 'api'],
		['api.zoho.eu', 'eu', 'api'],
		['api-console.zoho.eu', 'eu', 'console'],
		['www.zoho.com', 'us', 'website'],
	])('%s → %s (%s)', (host, id, r) => {
		expect(dc(host)).toBe(id);
		expect(role(host)).toBe(r);
	});
	it('a host only disputed sources give is marked disputed', () => {
		expect(t.classify('accounts.zoho.au')).toMatchObject({ dc: 'au', disputed: true });
	});
	it('a Zoho-looking host of no DC has no DC; other hosts are not Zoho', () => {
		expect(t.classify('mail.zoho.xx')).toEqual({ host: 'mail.zoho.xx', role: 'api' });
		expect(t.classify('example.com')).toBeUndefined();
		expect(t.classify('com.zoho.crm')).toBeUndefined();
	});
	it('a DC added to the content is known without code changes', () => {
		const more = createHostTable([...data.dataCenters, { id: 'zz', name: 'Test', location: 'zz', accountsServer: 'https://accounts.zoho.zz', apiDomain: 'https://www.zohoapis.zz' }]);
		expect(more.classify('desk.zoho.zz')?.dc).toBe('zz');
	});
});

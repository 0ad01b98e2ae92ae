// The troubleshooter reads data centers from the hosts in a paste, for every DC in the content,
// including the thinly documented ones (UK, AE) whose hosts are only on third-party or product pages.
import { describe, expect, it } from 'vitest';
import { createHostTable } from '../../../src/lib/troubleshoot';
import { content } from './data';

const table = createHostTable(content.dataCenters);

describe('host → data center for every DC of the content', () => {
	it('covers the ten data centers, UAE included', () => {
		expect(content.dataCenters.map((d) => d.id)).toContain('ae');
	});
	it.each(content.dataCenters.map((d) => [d.id, d] as const))('%s: its accounts host and API host are recognised', (id, d) => {
		const accounts = new URL(d.accountsServer).host;
		const api = new URL(d.apiDomain).host;
		expect(table.classify(accounts)).toMatchObject({ dc: id, role: 'accounts' });
		expect(table.classify(api)).toMatchObject({ dc: id, role: 'api' });
	});
});

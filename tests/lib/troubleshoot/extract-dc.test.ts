// The troubleshooter reads data centers from the hosts in a paste, for every DC in the content,
// including the thinly documented ones (UK, AE) whose hosts are only on third-party or product pages.
import { describe, expect, it } from 'vitest';
import { extractEvidence } from '../../../src/lib/troubleshoot/extract';
import { content } from './data';

const opts = { knownCodes: [], phrases: [], dataCenters: content.dataCenters };

describe('extractEvidence: data centers from bare hosts', () => {
	it.each(content.dataCenters.map((d) => [d.id, d] as const))('%s: its accounts host and API host are recognised', (id, d) => {
		const accounts = new URL(d.accountsServer).host;
		const api = new URL(d.apiDomain).host;
		const ev = extractEvidence(`we post to ${accounts} and then call ${api} for data`, opts);
		expect(ev.dcHints).toContainEqual({ dc: id, source: 'accounts-host', value: accounts });
		expect(ev.dcHints).toContainEqual({ dc: id, source: 'api-host', value: api });
	});
});

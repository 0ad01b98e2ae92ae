import { describe, expect, it } from 'vitest';
import { DataCenterSchema, ScopeEntrySchema } from '../../src/lib/schemas';

describe('DataCenterSchema', () => {
	it('rejects an accounts server with a path', () => {
		const r = DataCenterSchema.safeParse({
			id: 'eu', name: 'Europe', location: 'eu', accountsServer: 'https://accounts.zoho.eu/oauth',
			apiDomain: 'https://www.zohoapis.eu', consoleUrl: 'https://api-console.zoho.eu',
			sources: ['https://zoho.com/accounts/protocol/oauth/multi-dc.html'], order: 2,
		});
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.path).toEqual(['accountsServer']);
	});
});

describe('ScopeEntrySchema', () => {
	it('requires a source', () => {
		const r = ScopeEntrySchema.safeParse({ name: 'coql', family: 'coql', summary: 'x', operations: ['READ'], sources: [] });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.path).toEqual(['sources']);
	});
});

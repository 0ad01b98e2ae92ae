import { describe, expect, it } from 'vitest';
import { layoutSequence } from '../../src/lib/diagram/sequence';

describe('layoutSequence', () => {
	const l = layoutSequence(['App', 'Zoho Accounts'], [
		{ from: 'App', to: 'Zoho Accounts', label: 'POST /oauth/v2/token' },
		{ from: 'Zoho Accounts', to: 'App', label: 'access_token' },
		{ from: 'App', to: 'App', label: 'store it' },
	]);
	it('places participants left to right and messages top to bottom', () => {
		expect(l.participants[0]!.x).toBeLessThan(l.participants[1]!.x);
		expect(l.messages.map((m) => m.index)).toEqual([1, 2, 3]);
		expect(l.messages[0]!.y).toBeLessThan(l.messages[1]!.y);
		expect(l.messages[1]!.x1).toBeGreaterThan(l.messages[1]!.x2);
		expect(l.messages[2]!.self).toBe(true);
		expect(l.height).toBeGreaterThan(l.messages[2]!.y);
	});
	it('reports participants a message names but the list lacks', () => {
		const bad = layoutSequence(['App'], [{ from: 'App', to: 'Ghost', label: 'x' }]);
		expect(bad.unknown).toEqual(['Ghost']);
		expect(bad.messages).toEqual([]);
	});
});

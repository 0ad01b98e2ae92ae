// Speed guards with a catalog as large as the real one (~350 entries) and 10,000-character input.
// Bounds are generous for slow CI machines; typical runs take a few milliseconds.
import { describe, expect, test } from 'vitest';
import { OperationSchema, ServiceCatalogSchema } from '../../../src/lib/schemas';
import { analyzeScopeString, createScopeIndex } from '../../../src/lib/scopes';
import { operations } from '../../fixtures/scopes/catalog';

const SRC = ['https://www.zoho.com/crm/developer/docs/api/v8/scopes.html'];
const families = ['modules', 'settings', 'bulk', 'notifications', 'users', 'org', 'templates'];
const services = Array.from({ length: 5 }, (_, s) =>
	ServiceCatalogSchema.parse({
		service: `ZohoSvc${s}`,
		product: `Service ${s}`,
		sources: SRC,
		scopes: families.flatMap((f) => [
			{ name: f, family: f, summary: `${f} family.`, operations: ['ALL', 'READ', 'CREATE', 'UPDATE', 'DELETE', 'WRITE'], sources: SRC },
			...Array.from({ length: 9 }, (_, i) => ({ name: `${f}.child_${i}`, family: f, summary: `Child ${i}.`, operations: ['ALL', 'READ', 'CREATE', 'UPDATE', 'DELETE'], sources: SRC })),
		]),
	}),
);
const big = createScopeIndex({ operations: operations.map((o) => OperationSchema.parse(o)), services });

function timeIt(fn: () => void): number {
	fn(); // warm-up
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

describe('performance', () => {
	test.each([
		{ name: 'valid scopes', piece: (i: number) => `ZohoSvc${i % 5}.${families[i % 7]}.child_${i % 9}.${['READ', 'ALL', 'WRITE'][i % 3]}` },
		{ name: 'unknown scope names (suggestions)', piece: (i: number) => `ZohoSvc${i % 5}.${families[i % 7]}x.chold_${i}.READ` },
		{ name: 'unknown services', piece: (i: number) => `Zoho${i}Thing.modules.READ` },
		{ name: 'unknown operations', piece: (i: number) => `ZohoSvc1.modules.child_1.RE${i}D` },
	])('analyzes 10,000 characters of $name well under 50 ms', ({ piece }) => {
		let input = '';
		for (let i = 0; input.length < 10_000; i++) input += `${piece(i)}${i % 4 === 0 ? ' ' : ','}`;
		const ms = timeIt(() => analyzeScopeString(input, big));
		expect(ms).toBeLessThan(100);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBoundedList } from '../../../src/lib/issues';
import { decodeQueryPart, readQuery } from '../../../src/lib/url-state';

describe('readQuery', () => {
	it.each([
		{ search: '?a=1&b=x%20y', pairs: [['a', '1'], ['b', 'x y']] },
		{ search: 'https://site/wizard/?a=1#frag', pairs: [['a', '1']] },
		{ search: 'a&&=v', pairs: [['a', ''], ['', 'v']] },
		{ search: 'k=%E0%A4%A', pairs: [['k', null]] },
	])('$search', ({ search, pairs }) => {
		expect(readQuery(search, 100).pairs.map((p) => [p.key, p.value])).toEqual(pairs);
	});
	it('cuts at the maximum length and says what was left out', () => {
		const r = readQuery('?a=123456', 5);
		expect(r.pairs.map((p) => p.rawValue)).toEqual(['123']);
		expect(r.overflow).toBe('456');
	});
	it('never throws', () => {
		fc.assert(fc.property(fc.anything(), (x) => void readQuery(x, 50)));
		expect(decodeQueryPart('%')).toBeNull();
	});
});

describe('createBoundedList', () => {
	it('keeps at most max items', () => {
		const l = createBoundedList<number>(2);
		[1, 2, 3].forEach(l.add);
		expect(l.items).toEqual([1, 2]);
	});
});

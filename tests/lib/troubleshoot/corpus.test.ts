// The corpus gate: real pastes from public reports must get their settled cause first in at least
// 75% of cases and in the top three in at least 90%. Prints the rates overall and per kind.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/lib/troubleshoot';
import { formatRates, loadCorpus, ratesOf, runCorpus } from './corpus';
import { data } from './data';

const MIN_TOP1 = 0.75;
const MIN_TOP3 = 0.9;
const entries = loadCorpus();
const results = runCorpus(entries, data);

describe('troubleshooter corpus (tests/fixtures/troubleshoot/corpus.yaml)', () => {
	it('has at least 80 entries, each with a source URL and a known cause', () => {
		expect(entries.length).toBeGreaterThanOrEqual(80);
		const ids = new Set(data.causes.map((c) => c.id));
		for (const e of entries) {
			expect(e.source, e.id).toMatch(/^https:\/\//);
			expect(ids, `${e.id}: cause ${e.cause}`).toContain(e.cause);
		}
		expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	});

	it(`names the settled cause first in ≥ ${MIN_TOP1 * 100}% and in the top three in ≥ ${MIN_TOP3 * 100}%`, () => {
		console.log(formatRates(results));
		const misses = results.filter((r) => r.rank !== 1).map((r) => `${r.entry.id}: expected ${r.entry.cause}, got ${r.ranked.slice(0, 3).join(', ') || '(not recognised)'}`);
		console.log(`not first (${misses.length}):\n  ${misses.join('\n  ')}`);
		const { top1, top3 } = ratesOf(results);
		expect(top1, 'top-1 rate').toBeGreaterThanOrEqual(MIN_TOP1);
		expect(top3, 'top-3 rate').toBeGreaterThanOrEqual(MIN_TOP3);
	});
});

describe('line order does not matter', () => {
	const multi = entries.filter((e) => e.paste.split('\n').filter((l) => l.trim()).length > 1);
	it.each(multi.map((e) => [e.id, e] as const))('%s: the same ranking with its lines reversed', (_id, e) => {
		const rank = (paste: string) => diagnose({ paste, ...e.fields }, data).causes.map((c) => `${c.id}:${c.score}`);
		expect(rank(e.paste.split('\n').reverse().join('\n'))).toEqual(rank(e.paste));
	});
});

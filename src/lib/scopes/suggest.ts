// "Did you mean" helpers: bounded edit distance, so a long paste of unknown tokens stays linear.

/**
 * Levenshtein distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`
 * (banded; cost O(max × length)).
 */
export function getEditDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (a === b) return 0;
	let prev = new Array<number>(b.length + 1);
	let curr = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const lo = Math.max(1, i - max);
		const hi = Math.min(b.length, i + max);
		curr.fill(max + 1);
		curr[0] = i;
		let rowMin = i <= max ? i : max + 1;
		for (let j = lo; j <= hi; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			const v = Math.min((prev[j] ?? max + 1) + 1, (curr[j - 1] ?? max + 1) + 1, (prev[j - 1] ?? max + 1) + cost);
			curr[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev, curr] = [curr, prev];
	}
	return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/**
 * Picks the candidate nearest to `input` (case-insensitive), allowing about one edit per four
 * characters (at least 1, at most 4). Ties go to the earlier candidate. Returns `undefined` when
 * nothing is close enough.
 * @example findNearest('REED', ['ALL', 'READ']) // 'READ'
 */
export function findNearest(input: string, candidates: Iterable<string>): string | undefined {
	const needle = input.toLowerCase();
	const max = Math.min(4, Math.max(1, Math.floor(needle.length / 4)));
	let best: string | undefined;
	let bestDistance = max + 1;
	for (const c of candidates) {
		const d = getEditDistance(needle, c.toLowerCase(), Math.min(max, bestDistance));
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
			if (d === 0) break;
		}
	}
	return bestDistance <= max ? best : undefined;
}

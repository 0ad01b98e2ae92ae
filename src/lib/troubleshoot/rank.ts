// Ranks the causes by the evidence: each documented error found gives its causes the points the
// vocabulary says (a numeric code alone counts half; a second error for the same cause adds a
// little), then every signal adds the points the cause's rule gives it. A cause is listed when an
// error points at it or one of its trigger signals is present, and when its score stays above 0.
import type { Reading } from './signals';
import type { CauseEvidence, CauseRule, RankedCause, Signal, TroubleshootData } from './types';

/** At most this many points from each further error that points at the same cause. */
const CORROBORATION = 20;

interface Scored {
	rule: CauseRule;
	order: number;
	score: number;
	evidence: CauseEvidence[];
}

function errorEvidence(reading: Reading): Map<string, CauseEvidence[]> {
	const out = new Map<string, CauseEvidence[]>();
	const known = reading.signals.filter((s) => s.code === 'error_known');
	for (const m of reading.errors) {
		const signal = known.find((s) => s.params.error === m.entry.id);
		if (!signal) continue;
		for (const [cause, pts] of Object.entries(m.entry.causes)) {
			const points = m.strength === 'number' ? Math.round(pts / 2) : pts;
			out.set(cause, [...(out.get(cause) ?? []), { signal, points, against: false }]);
		}
	}
	for (const list of out.values()) list.sort((a, b) => b.points - a.points);
	return out;
}

/**
 * The listed causes, best supported first, each with its evidence. Does not include the fallback.
 * @example rankCauses(readSignals(docs, fields, data), data)[0]?.rule.id // 'scope-mismatch'
 */
export function rankCauses(reading: Reading, data: TroubleshootData): RankedCause[] {
	const fromErrors = errorEvidence(reading);
	const held = new Map<string, Signal>();
	for (const s of reading.signals) if (!held.has(s.code)) held.set(s.code, s);
	const scored: Scored[] = [];
	data.causes.forEach((rule, order) => {
		if (rule.fallback) return;
		const errors = fromErrors.get(rule.id) ?? [];
		const triggered = rule.triggers.some((t) => held.has(t) && (rule.weights[t] ?? 0) > 0);
		if (errors.length === 0 && !triggered) return;
		const evidence: CauseEvidence[] = errors.map((e, i) => (i === 0 ? e : { ...e, points: Math.min(e.points, CORROBORATION) }));
		for (const [code, points] of Object.entries(rule.weights) as [string, number][]) {
			const signal = held.get(code);
			if (signal && points !== 0) evidence.push({ signal, points, against: points < 0 });
		}
		const score = rule.prior + evidence.reduce((sum, e) => sum + e.points, 0);
		if (score > 0) scored.push({ rule, order, score, evidence });
	});
	scored.sort((a, b) => b.score - a.score || b.rule.prior - a.rule.prior || a.order - b.order);
	const causes: RankedCause[] = scored.map(({ rule, score, evidence }) => ({
		id: rule.id,
		score,
		evidence: [...evidence.filter((e) => !e.against), ...evidence.filter((e) => e.against)],
		links: [],
		fallback: false,
	}));
	// Errors no cause covers but a token fact explains (device-flow polling answers and the like).
	for (const m of reading.errors) {
		if (Object.keys(m.entry.causes).length > 0) continue;
		const fact = data.facts.find((f) => f.kind === 'error' && m.entry.codes.includes(f.title));
		const signal = reading.signals.find((s) => s.code === 'error_known' && s.params.error === m.entry.id);
		if (fact && signal && !causes.some((c) => c.id === fact.id)) causes.push({ id: fact.id, factId: fact.id, score: 100, evidence: [{ signal, points: 100, against: false }], links: [], fallback: false });
	}
	return causes.sort((a, b) => b.score - a.score);
}

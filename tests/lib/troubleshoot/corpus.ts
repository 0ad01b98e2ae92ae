// The measurement corpus (tests/fixtures/troubleshoot/corpus.yaml): real pastes with the cause
// their thread or page settled on, run through `diagnose` as a user would (paste + form fields).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { diagnose, type TroubleshootData } from '../../../src/lib/troubleshoot';

export interface CorpusEntry {
	id: string;
	source: string;
	kind: string;
	cause: string;
	confidence: string;
	settled: string;
	paste: string;
	fields?: { dc?: string; endpoint?: string; scopes?: string };
	note?: string;
}

export interface CorpusResult {
	entry: CorpusEntry;
	/** Ranked cause ids (fallback excluded). */
	ranked: string[];
	rank: number | undefined;
}

export interface Rates {
	n: number;
	top1: number;
	top3: number;
}

export const CORPUS_FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'troubleshoot', 'corpus.yaml');

/** The measured entries (the `dropped` list is documentation only). */
export function loadCorpus(): CorpusEntry[] {
	return (parseYaml(readFileSync(CORPUS_FILE, 'utf8')) as { entries: CorpusEntry[] }).entries;
}

/** Runs every entry through the troubleshooter. */
export function runCorpus(entries: readonly CorpusEntry[], data: TroubleshootData): CorpusResult[] {
	return entries.map((entry) => {
		const d = diagnose({ paste: entry.paste, dc: entry.fields?.dc, endpoint: entry.fields?.endpoint, scopes: entry.fields?.scopes }, data);
		const ranked = d.causes.filter((c) => !c.fallback).map((c) => c.id);
		const at = ranked.indexOf(entry.cause);
		return { entry, ranked, rank: at < 0 ? undefined : at + 1 };
	});
}

/** Top-1 and top-3 rates of a set of results. */
export function ratesOf(results: readonly CorpusResult[]): Rates {
	const n = results.length;
	const hit = (k: number) => results.filter((r) => r.rank !== undefined && r.rank <= k).length;
	return { n, top1: n ? hit(1) / n : 0, top3: n ? hit(3) / n : 0 };
}

/** Rates overall and per `kind`, as a printable table. */
export function formatRates(results: readonly CorpusResult[]): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	const kinds = [...new Set(results.map((r) => r.entry.kind))].sort();
	const rows = [['all', ratesOf(results)] as const, ...kinds.map((k) => [k, ratesOf(results.filter((r) => r.entry.kind === k))] as const)];
	const lines = rows.map(([k, r]) => `${k.padEnd(18)} n=${String(r.n).padStart(3)}  top-1 ${pct(r.top1).padStart(6)}  top-3 ${pct(r.top3).padStart(6)}`);
	return ['TROUBLESHOOT CORPUS', ...lines].join('\n');
}

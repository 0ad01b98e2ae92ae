// Plain-word search over the catalog: "leads", "bulk export", "field metadata" find the entries a
// reader means by ranking matches on the scope name, family, keywords and summary.
import type { IndexedEntry, ScopeIndex } from './catalog';

/** One search hit: the entry and how well it matched (higher first). */
export interface ScopeSearchHit {
	entry: IndexedEntry;
	/** `Service.name`, e.g. `ZohoCRM.settings.fields`. */
	fullName: string;
	/** Number of query words that matched something. */
	matchedWords: number;
	score: number;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'in', 'on', 'scope', 'scopes', 'api', 'zoho']);

function splitWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 0);
}

/** Singular-ish stem so `lead` finds `leads` and `records` finds `record`. */
function stem(word: string): string {
	return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

interface Haystack {
	nameWords: string[];
	family: string;
	service: string;
	keywords: string[];
	keywordWords: string[];
	summaryWords: string[];
}

function buildHaystack(e: IndexedEntry): Haystack {
	const keywords = e.entry.keywords.map((k) => k.toLowerCase());
	return {
		nameWords: splitWords(e.entry.name.replace(/_/g, ' ')).concat(splitWords(e.entry.name)),
		family: e.entry.family.toLowerCase(),
		service: e.service.toLowerCase(),
		keywords,
		keywordWords: keywords.flatMap(splitWords).map(stem),
		summaryWords: splitWords(e.entry.summary).map(stem),
	};
}

function scoreWord(h: Haystack, word: string): number {
	const s = stem(word);
	let score = 0;
	if (h.nameWords.includes(word)) score += 10;
	else if (h.nameWords.some((w) => stem(w) === s)) score += 8;
	else if (h.nameWords.some((w) => w.startsWith(s))) score += 5;
	if (h.family === word || stem(h.family) === s) score += 3;
	if (h.keywordWords.includes(s)) score += 6;
	if (h.summaryWords.includes(s)) score += 2;
	if (h.service === word || h.service === `zoho${word}`) score += 3;
	return score;
}

/**
 * Ranks catalog entries for a free-text query; entries matching more query words come first,
 * then by score, then catalog order. A full scope name (`ZohoCRM.modules.leads.READ`) ranks its
 * entry first. Returns at most `limit` hits (default 20); an empty query returns none.
 * @example searchScopes(index, 'field metadata')[0]?.fullName // 'ZohoCRM.settings.fields'
 */
export function searchScopes(index: ScopeIndex, query: string, limit = 20): ScopeSearchHit[] {
	const q = query.trim().toLowerCase();
	const words = splitWords(q).filter((w) => !STOP_WORDS.has(w));
	if (words.length === 0) return [];
	const hits: ScopeSearchHit[] = [];
	for (const e of index.entries) {
		const h = buildHaystack(e);
		let matchedWords = 0;
		let score = 0;
		for (const w of words) {
			const s = scoreWord(h, w);
			if (s > 0) matchedWords++;
			score += s;
		}
		for (const k of h.keywords) if (k.length > 0 && q.includes(k)) score += 15;
		if (q === e.key || q.startsWith(`${e.key}.`) || q === e.entry.name.toLowerCase()) score += 100;
		if (e.entry.deprecated) score -= 1;
		if (matchedWords > 0 || score >= 100) hits.push({ entry: e, fullName: e.fullName, matchedWords, score });
	}
	hits.sort((a, b) => b.matchedWords - a.matchedWords || b.score - a.score);
	return hits.slice(0, limit);
}

// Islands neither build nor edit sentences (README, "Layout"): every sentence a page shows comes from
// a feature's messages.ts in src/lib. Checked over the island sources: a template literal that
// interpolates into words is a sentence built in the island. Class names and thrown errors are not
// shown as text and are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripComments } from '../helpers/source';

const ROOT = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
	});

/** Template literals that put a value into words, e.g. `` `Copied the ${what}.` ``. */
const SENTENCE_RE = /`[^`\n]*[A-Za-z]{2,} [^`\n]*\$\{[^`\n]*`|`[^`\n]*\$\{[^`\n]*\} [A-Za-z]{2,}[^`\n]*`/;

/** Lines of a source that build a sentence, as `file:line`. */
export function builtSentences(path: string, code: string): string[] {
	return stripComments(code)
		.split('\n')
		.flatMap((line, i) => (SENTENCE_RE.test(line) && !/className=|new Error\(|throw /.test(line) ? [`${path}:${i + 1}`] : []));
}

describe('island wording', () => {
	it('no island builds a sentence', () => {
		const found = walk(join(ROOT, 'src/islands')).flatMap((f) => builtSentences(relative(ROOT, f), readFileSync(f, 'utf8')));
		expect(found).toEqual([]);
	});
	it('the check catches a sentence built in an island', () => {
		expect(builtSentences('x.tsx', 'setStatus(`Copied the ${what}.`);')).toEqual(['x.tsx:1']);
		expect(builtSentences('y.tsx', '<p>{`${n} endpoints picked`}</p>')).toEqual(['y.tsx:1']);
		expect(builtSentences('z.tsx', '<li className={`badge ${kind}`}>')).toEqual([]);
	});
});

// One entry point for the identifier check: a snippet's text, in its language, against the SDK index
// of that language. Findings name the identifier, the snippet file and its field.
import type { SdkApiFile, SdkLang } from '../../../src/lib/schemas';
import { checkCsharp } from './check-csharp';
import { checkJava } from './check-java';
import { checkJs } from './check-js';
import { checkPhp } from './check-php';
import { checkPython } from './check-python';
import { SdkIndex, type Finding } from './sdk-index';

const CHECKERS: Record<SdkLang, (code: string, idx: SdkIndex) => Finding[]> = {
	java: checkJava,
	python: checkPython,
	nodejs: checkJs,
	typescript: checkJs,
	php: checkPhp,
	csharp: checkCsharp,
};

/** What was checked, for the message: which template, which field, which data center. */
export interface SnippetRef {
	lang: SdkLang;
	file: string;
	field: string;
	snippetId: string;
	dc: string;
	text: string;
}

/** Every identifier of the snippet that the SDK index does not have, one line each. */
export function unknownIdentifiers(snippet: SnippetRef, api: SdkApiFile): string[] {
	const idx = new SdkIndex(api);
	const seen = new Set<string>();
	return CHECKERS[snippet.lang](snippet.text, idx)
		.map((f) => `unknown identifier \`${f.identifier}\` in ${snippet.file} → ${snippet.field} (${snippet.snippetId}, dc ${snippet.dc}): ${f.reason}`)
		.filter((line) => !seen.has(line) && seen.add(line));
}

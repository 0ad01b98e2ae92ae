// Identifier check for PHP snippets: `use` imports, type names, static members (`::`), builder
// chains (`->`) and custom token stores, against content/sdk-api/php.yaml.
import type { SdkClass } from '../../../src/lib/schemas';
import { checkChain, checkConstructor, checkStatic, checkStoreClass } from './check-common';
import { closingBracket, declaredMethodNames, maskCode, readChain, splitArgs, wrappedNewEnd } from './scan';
import type { Finding, SdkIndex } from './sdk-index';

/** PHP built-in classes the snippets may use (written with a leading backslash or not). */
const PHP_TYPES = new Set(['RuntimeException', 'Exception', 'InvalidArgumentException']);

export function checkPhp(code: string, idx: SdkIndex): Finding[] {
	const out: Finding[] = [];
	const { masked } = maskCode(code, 'php');
	const imported = new Map<string, SdkClass>();
	for (const m of masked.matchAll(/^\s*use\s+([\w\\]+)\s*;/gm)) {
		const name = m[1]!;
		const cls = idx.importLines.has(`use ${name};`) ? idx.resolve(name) : undefined;
		if (cls) imported.set(name.split('\\').pop()!, cls);
		else out.push({ identifier: name, reason: `no such class in ${idx.where}` });
	}
	const body = masked.replace(/^\s*use\s+[^;]+;/gm, (s) => ' '.repeat(s.length));
	const declared = new Set([...body.matchAll(/\b(?:class|interface|trait)\s+(\w+)/g)].map((m) => m[1]!));

	// Capitalized names used as types or classes (not after `\`, `$`, `->` or `::`).
	for (const m of body.matchAll(/(?<![\w\\$>:])([A-Z]\w*)\b/g)) {
		const name = m[1]!;
		if (!imported.has(name) && !declared.has(name) && !PHP_TYPES.has(name) && !/^[A-Z0-9_]+$/.test(name))
			out.push({ identifier: name, reason: `not imported with \`use\` from ${idx.where}` });
	}
	for (const m of body.matchAll(/\b([A-Z]\w*)\s*::\s*(\w+)(\s*\()?/g)) {
		const cls = imported.get(m[1]!);
		if (cls) checkStatic(idx, cls, m[2]!, m[3] !== undefined, out);
	}
	for (const m of body.matchAll(/\bnew\s+([A-Z]\w*)\s*\(/g)) {
		const cls = imported.get(m[1]!);
		if (!cls) continue;
		const open = m.index! + m[0].length - 1;
		checkConstructor(idx, cls, splitArgs(body, open).length, out);
		let after = closingBracket(body, open) + 1;
		after += wrappedNewEnd(body, m.index!, after);
		checkChain(idx, cls, readChain(body, after, '->'), out);
	}
	for (const m of body.matchAll(/\bclass\s+\w+\s+(?:extends|implements)\s+([\w\\]+)[^{]*\{/g)) {
		const base = imported.get(m[1]!);
		if (base) checkStoreClass(idx, base.fqn, declaredMethodNames(body, m.index! + m[0].length - 1, 'php'), out);
	}
	return out;
}

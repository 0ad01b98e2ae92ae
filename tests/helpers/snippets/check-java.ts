// Identifier check for Java snippets: imports, type names, static members, builder chains and
// custom token stores, against content/sdk-api/java.yaml.
import type { SdkClass } from '../../../src/lib/schemas';
import { checkChain, checkConstructor, checkStatic, checkStoreClass } from './check-common';
import { closingBracket, declaredMethodNames, maskCode, readChain, splitArgs } from './scan';
import type { Finding, SdkIndex } from './sdk-index';

/** java.lang and java.util names the snippets may use without the SDK. */
const JAVA_TYPES = new Set(['String', 'System', 'Exception', 'Object', 'Override', 'List', 'UnsupportedOperationException', 'IllegalStateException', 'SecurityException']);

export function checkJava(code: string, idx: SdkIndex): Finding[] {
	const out: Finding[] = [];
	const { masked } = maskCode(code, 'java');
	const imported = new Map<string, SdkClass | null>();
	for (const m of masked.matchAll(/^\s*import\s+([\w.]+)\s*;/gm)) {
		const name = m[1]!;
		const simple = name.split('.').pop()!;
		if (/^javax?\./.test(name)) imported.set(simple, null);
		else if (idx.importLines.has(`import ${name};`)) imported.set(simple, idx.resolve(name) ?? null);
		else out.push({ identifier: name, reason: `no such import in ${idx.where}` });
	}
	const declared = new Set([...masked.matchAll(/\b(?:class|interface|enum)\s+(\w+)/g)].map((m) => m[1]!));
	const known = (name: string) => imported.has(name) || declared.has(name) || JAVA_TYPES.has(name);
	const body = masked.replace(/^\s*(?:import|package)\s+[^;]+;/gm, (s) => ' '.repeat(s.length));

	for (const m of body.matchAll(/(?<![\w.])([A-Z]\w*)\b/g))
		if (!known(m[1]!) && !/^[A-Z0-9_]+$/.test(m[1]!)) out.push({ identifier: m[1]!, reason: 'neither imported from the SDK nor a java.lang/java.util type' });

	// Class.member and Outer.Inner references on SDK classes.
	for (const m of body.matchAll(/(?<![\w.])([A-Z]\w*)\s*\.\s*([A-Za-z_]\w*)(\s*\()?/g)) {
		const cls = imported.get(m[1]!);
		if (cls) checkStatic(idx, cls, m[2]!, m[3] !== undefined, out);
	}
	// new X(…) / new Outer.Inner(…), then the chained calls.
	for (const m of body.matchAll(/\bnew\s+([A-Z]\w*(?:\.[A-Z]\w*)?)\s*\(/g)) {
		const [outer, inner] = m[1]!.split('.');
		const outerCls = imported.get(outer!);
		if (!outerCls) continue;
		const cls = inner ? idx.nested(outerCls, inner) : outerCls;
		if (!cls) continue;
		const open = m.index! + m[0].length - 1;
		checkConstructor(idx, cls, splitArgs(body, open).length, out);
		checkChain(idx, cls, readChain(body, closingBracket(body, open) + 1, '.'), out);
	}
	// class X implements/extends an SDK type: a custom token store.
	for (const m of body.matchAll(/\bclass\s+\w+\s+(?:extends|implements)\s+([\w.]+)[^{]*\{/g)) {
		if (!known(m[1]!.split('.')[0]!) || imported.get(m[1]!) === null) continue;
		checkStoreClass(idx, imported.get(m[1]!)?.fqn ?? m[1]!, declaredMethodNames(body, m.index! + m[0].length - 1, 'java'), out);
	}
	return out;
}

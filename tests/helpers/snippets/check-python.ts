// Identifier check for Python snippets: `from … import …`, class names, keyword arguments of SDK
// constructors and methods, class members, and custom token stores, against content/sdk-api/python.yaml.
import type { SdkClass, SdkMember } from '../../../src/lib/schemas';
import { checkStatic, checkStoreClass } from './check-common';
import { maskCode, splitArgs } from './scan';
import type { Finding, SdkIndex } from './sdk-index';

const PY_MODULES = new Set(['os', 'sys', 'json', 'logging', 'typing']);
const PY_NAMES = new Set(['True', 'False', 'None', 'NotImplementedError', 'Exception', 'RuntimeError', 'ValueError', 'KeyError']);

/** Checks the keyword arguments of one call against the parameters of the member called. */
function checkKeywords(where: string, member: SdkMember, args: string[], out: Finding[]): void {
	const names = member.paramNames ?? [];
	const positional = args.filter((a) => !/^\w+\s*=(?!=)/.test(a)).length;
	if (member.params !== undefined && positional > member.params) out.push({ identifier: where, reason: `takes at most ${member.params} argument(s), got ${positional} positional` });
	for (const a of args) {
		const kw = /^(\w+)\s*=(?!=)/.exec(a)?.[1];
		if (kw && !names.includes(kw)) out.push({ identifier: `${kw}=`, reason: `${where} has no parameter \`${kw}\` (it takes ${names.join(', ') || 'none'})` });
	}
}

export function checkPython(code: string, idx: SdkIndex): Finding[] {
	const out: Finding[] = [];
	const { masked } = maskCode(code, 'python');
	const imported = new Map<string, SdkClass>();
	const modules = new Set<string>();
	for (const m of masked.matchAll(/^from\s+([\w.]+)\s+import\s+([\w\s,]+)$/gm)) {
		for (const name of m[2]!.split(',').map((n) => n.trim()).filter(Boolean)) {
			const line = `from ${m[1]} import ${name}`;
			const cls = idx.importLines.has(line) ? idx.classes.find((c) => c.imports.includes(line)) : undefined;
			if (cls) imported.set(name, cls);
			else out.push({ identifier: `${m[1]}.${name}`, reason: `no such import in ${idx.where}` });
		}
	}
	for (const m of masked.matchAll(/^import\s+([\w.]+)$/gm)) {
		if (PY_MODULES.has(m[1]!)) modules.add(m[1]!);
		else out.push({ identifier: m[1]!, reason: 'not a standard-library module the snippets may use' });
	}
	const body = masked.replace(/^(?:from|import)\s.*$/gm, (s) => ' '.repeat(s.length));
	const declared = new Set([...body.matchAll(/^\s*(?:class|def)\s+(\w+)/gm)].map((m) => m[1]!));

	for (const m of body.matchAll(/(?<![\w.])([A-Z]\w*)\b/g)) {
		const name = m[1]!;
		if (!imported.has(name) && !declared.has(name) && !PY_NAMES.has(name) && !/^[A-Z0-9_]+$/.test(name))
			out.push({ identifier: name, reason: `not imported from ${idx.where}` });
	}
	// Class(...) → __init__; Class.member(...) / Class.member.
	for (const m of body.matchAll(/(?<![\w.])([A-Z]\w*)(?:\s*\.\s*(\w+))?(\s*\()?/g)) {
		const cls = imported.get(m[1]!);
		if (!cls) continue;
		const called = m[3] !== undefined;
		const open = m.index! + m[0].length - 1;
		if (m[2] === undefined) {
			const init = idx.members(cls, '__init__')[0];
			if (called && init) checkKeywords(`${cls.name}()`, init, splitArgs(body, open), out);
			continue;
		}
		checkStatic(idx, cls, m[2], called, out);
		const member = idx.members(cls, m[2])[0];
		if (called && member && member.kind !== 'field') checkKeywords(`${cls.name}.${m[2]}()`, member, splitArgs(body, open), out);
	}
	// class X(Base): a custom token store; its methods are the `def`s indented under it.
	for (const m of body.matchAll(/^class\s+\w+\s*\(\s*(\w+)\s*\)\s*:\s*$/gm)) {
		const base = imported.get(m[1]!);
		if (!base) continue;
		const rest = body.slice(m.index! + m[0].length);
		const block = /^(?:\n|[ \t]+.*\n?)*/.exec(rest)?.[0] ?? '';
		checkStoreClass(idx, base.fqn, [...block.matchAll(/^\s+def\s+(\w+)/gm)].map((d) => d[1]!), out);
	}
	return out;
}

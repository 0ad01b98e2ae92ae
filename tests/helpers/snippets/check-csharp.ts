// Identifier check for C# snippets: using directives and aliases, type names, static members,
// builder chains and custom token stores, against content/sdk-api/csharp.yaml.
import type { SdkClass } from '../../../src/lib/schemas';
import { checkChain, checkConstructor, checkStatic, checkStoreClass } from './check-common';
import { closingBracket, declaredMethodNames, maskCode, readChain, splitArgs } from './scan';
import type { Finding, SdkIndex } from './sdk-index';

/** .NET names the snippets may use without the SDK. */
const DOTNET_TYPES = new Set(['System', 'List', 'NotImplementedException', 'InvalidOperationException', 'Exception', 'Console']);

export function checkCsharp(code: string, idx: SdkIndex): Finding[] {
	const out: Finding[] = [];
	const { masked } = maskCode(code, 'csharp');
	const namespaces = new Set<string>();
	const scope = new Map<string, SdkClass>();
	for (const m of masked.matchAll(/^\s*using\s+(?:(\w+)\s*=\s*)?([\w.]+)\s*;/gm)) {
		const [alias, target] = [m[1], m[2]!];
		if (alias) {
			const cls = idx.resolve(target);
			if (cls) scope.set(alias, cls);
			else if (!/^System(\.|$)/.test(target)) out.push({ identifier: target, reason: `no such class in ${idx.where}` });
		} else if (/^System(\.|$)/.test(target)) continue;
		else if (idx.classes.some((c) => c.namespace === target)) namespaces.add(target);
		else out.push({ identifier: target, reason: `no such namespace in ${idx.where}` });
	}
	for (const c of idx.classes) if (c.namespace && namespaces.has(c.namespace) && !c.nestedIn && !scope.has(c.name)) scope.set(c.name, c);
	const body = masked.replace(/^\s*using\s+[^;]+;/gm, (s) => ' '.repeat(s.length));
	const declared = new Set([
		...[...body.matchAll(/\b(?:class|interface|enum|struct)\s+(\w+)/g)].map((m) => m[1]!),
		...[...body.matchAll(/\b(\w+)\s*\([^)]*\)\s*(?:=>|\{)/g)].map((m) => m[1]!),
	]);

	for (const m of body.matchAll(/(?<![\w.])([A-Z]\w*)\b/g)) {
		const name = m[1]!;
		if (!scope.has(name) && !declared.has(name) && !DOTNET_TYPES.has(name) && !/^[A-Z0-9_]+$/.test(name))
			out.push({ identifier: name, reason: `not a type in the namespaces imported from ${idx.where}` });
	}
	for (const m of body.matchAll(/(?<![\w.])([A-Z]\w*)\s*\.\s*([A-Za-z_]\w*)(\s*\()?/g)) {
		const cls = scope.get(m[1]!);
		if (cls) checkStatic(idx, cls, m[2]!, m[3] !== undefined, out);
	}
	for (const m of body.matchAll(/\bnew\s+([A-Z]\w*(?:\.[A-Z]\w*)?)\s*\(/g)) {
		const [outer, inner] = m[1]!.split('.');
		const outerCls = scope.get(outer!);
		const cls = outerCls && inner ? idx.nested(outerCls, inner) : outerCls;
		if (!cls) continue;
		const open = m.index! + m[0].length - 1;
		checkConstructor(idx, cls, splitArgs(body, open).length, out);
		checkChain(idx, cls, readChain(body, closingBracket(body, open) + 1, '.'), out);
	}
	for (const m of body.matchAll(/\bclass\s+\w+\s*:\s*([\w.]+)[^{]*\{/g)) {
		const base = scope.get(m[1]!);
		if (!base) continue; // not an SDK type: reported above if unknown
		checkStoreClass(idx, base.fqn, declaredMethodNames(body, m.index! + m[0].length - 1, 'csharp'), out);
	}
	return out;
}

// Identifier check for Node.js and TypeScript snippets: import specifiers and named imports,
// `ZOHOCRMSDK.…` access paths, static members, builder chains and custom token stores, against
// content/sdk-api/{nodejs,typescript}.yaml.
import type { SdkClass } from '../../../src/lib/schemas';
import { deepModuleOf } from '../../../src/lib/content/sdk-integrity';
import { checkChain, checkConstructor, checkStatic, checkStoreClass } from './check-common';
import { closingBracket, declaredMethodNames, maskCode, readChain, splitArgs, wrappedNewEnd } from './scan';
import type { Finding, SdkIndex } from './sdk-index';

/** The namespace name the index's access paths use. */
const INDEX_NS = 'ZOHOCRMSDK';
const noJs = (m: string) => m.replace(/\.js$/, '');

export function checkJs(code: string, idx: SdkIndex): Finding[] {
	const out: Finding[] = [];
	const pkg = idx.api.package ?? '';
	const { masked, strings } = maskCode(code, 'js');
	const specifierAt = (pos: number) => strings.find((s) => s.start >= pos)?.value ?? '';
	const namespaces = new Set<string>();
	const named = new Map<string, SdkClass>();
	for (const m of masked.matchAll(/^\s*import\s+(type\s+)?(\*\s+as\s+(\w+)|\{([^}]*)\})\s+from\s+["']/gm)) {
		const from = specifierAt(m.index! + m[0].length - 1);
		if (m[3]) {
			if (from === pkg) namespaces.add(m[3]);
			else out.push({ identifier: from, reason: `a namespace import must name the package \`${pkg}\`` });
			continue;
		}
		for (const part of m[4]!.split(',').map((p) => p.trim()).filter(Boolean)) {
			const [name, local = name] = part.split(/\s+as\s+/).map((p) => p.trim()) as [string, string?];
			const cls =
				from === pkg ? idx.resolve(`${INDEX_NS}.${name}`)
				: from.startsWith(`${pkg}/`) ? idx.classes.find((c) => c.name === name && noJs(deepModuleOf(pkg, c.file)) === noJs(from))
				: undefined;
			if (cls) named.set(local, cls);
			else out.push({ identifier: `${name} from "${from}"`, reason: `${idx.where} has no \`${name}\` exported from \`${from}\`` });
		}
	}
	const body = masked.replace(/^\s*import\s[^;]+;/gm, (s) => ' '.repeat(s.length));

	// A class reference as written: NS.a.b… (longest known access path) or a named import. Returns
	// the class, where its reference ends, and the segments after it (a member, if any).
	const refAt = (pos: number): { cls: SdkClass; end: number; rest: string[] } | undefined => {
		const m = /^([A-Za-z_$][\w$]*)((?:\s*\.\s*[A-Za-z_$][\w$]*)*)/.exec(body.slice(pos));
		if (!m) return undefined;
		const segs = m[2]!.split('.').map((s) => s.trim()).filter(Boolean);
		if (named.has(m[1]!)) return { cls: named.get(m[1]!)!, end: pos + m[1]!.length, rest: segs };
		if (!namespaces.has(m[1]!)) return undefined;
		for (let k = segs.length; k >= 1; k--) {
			const cls = idx.resolve([INDEX_NS, ...segs.slice(0, k)].join('.'));
			if (!cls) continue;
			let end = pos + m[1]!.length;
			for (const seg of segs.slice(0, k)) end = body.indexOf(seg, end) + seg.length;
			return { cls, end, rest: segs.slice(k) };
		}
		return undefined;
	};

	for (const m of body.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)((?:\s*\.\s*[A-Za-z_$][\w$]*)+)(\s*\()?/g)) {
		if (!namespaces.has(m[1]!) && !named.has(m[1]!)) continue;
		const ref = refAt(m.index!);
		if (!ref) {
			const first = m[2]!.split('.').map((s) => s.trim()).filter(Boolean)[0]!;
			const isNamespace = idx.classes.some((c) => c.accessPaths?.some((p) => p.startsWith(`${INDEX_NS}.${first}.`)));
			out.push({
				identifier: `${m[1]}.${first}`,
				reason: isNamespace ? `a module namespace, not a class (${idx.where} lists ${INDEX_NS}.${first}.${first})` : `the package root exports no \`${first}\` (${idx.where})`,
			});
			continue;
		}
		if (ref.rest.length > 0) checkStatic(idx, ref.cls, ref.rest[0]!, m[3] !== undefined && ref.rest.length === 1, out);
	}
	for (const m of body.matchAll(/\bnew\s+(?=[A-Za-z_$])/g)) {
		const ref = refAt(m.index! + m[0].length);
		const open = ref ? body.indexOf('(', ref.end) : -1;
		if (!ref || open < 0 || body.slice(ref.end, open).trim() !== '') continue;
		checkConstructor(idx, ref.cls, splitArgs(body, open).length, out);
		let after = closingBracket(body, open) + 1;
		after += wrappedNewEnd(body, m.index!, after);
		checkChain(idx, ref.cls, readChain(body, after, '.'), out);
	}
	for (const m of body.matchAll(/\bclass\s+\w+\s+(?:extends|implements)\s+/g)) {
		const ref = refAt(m.index! + m[0].length);
		const brace = body.indexOf('{', m.index!);
		if (ref) checkStoreClass(idx, ref.cls.fqn, declaredMethodNames(body, brace, 'js'), out);
	}
	return out;
}

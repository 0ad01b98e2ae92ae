// Java stubs generated from content/sdk-api/java.yaml: one source file per top-level SDK class, with
// nested classes inside, every public member with its declared types, static-ness and checked
// exceptions, and bodies that only throw. javac compiles the Java snippets against them, so a wrong
// class, method, field/method mix-up, argument type or missing `throws` fails to compile.
import type { SdkApiFile, SdkClass, SdkMember } from '../../../src/lib/schemas';

const JAVA_KNOWN = new Set([
	'void', 'boolean', 'int', 'long', 'double', 'float', 'char', 'byte', 'short',
	'String', 'Object', 'Boolean', 'Integer', 'Long', 'Double', 'Exception', 'RuntimeException', 'Throwable',
	'List', 'Map', 'HashMap', 'ArrayList', 'Set',
]);

/**
 * Rewrites each name in a declared type to one javac resolves in the stubs: a Java name, the SDK
 * class's fully qualified name, or `Object` for types outside the index (e.g. `JSONObject`).
 */
function typeFor(type: string, byName: Map<string, string[]>, scope: SdkClass): string {
	return type.replace(/[A-Za-z_][\w.]*/g, (name) => {
		if (JAVA_KNOWN.has(name) || name === scope.name) return name;
		if (name.includes('.')) return [...byName.values()].flat().includes(name) ? name : 'Object';
		const fqns = byName.get(name) ?? [];
		return fqns.length === 1 ? fqns[0]! : 'Object';
	});
}

function params(m: SdkMember, t: (type: string) => string): string {
	const count = m.params ?? 0;
	return Array.from({ length: count }, (_, i) => {
		const type = m.paramTypes?.[i];
		const decl = type ? t(type) : 'Object';
		return `${decl} p${i}`;
	}).join(', ');
}

function member(m: SdkMember, cls: SdkClass, t: (type: string) => string, isInterface: boolean): string {
	// Checked exceptions outside the index (e.g. IOException) become Exception.
	const throwsClause = m.throws?.length ? ` throws ${m.throws.map((x) => (t(x) === 'Object' ? 'Exception' : t(x))).join(', ')}` : '';
	if (m.kind === 'constructor') return m.params === undefined || (m.params === 0 && !m.throws) ? '' : `public ${cls.name}(${params(m, t)})${throwsClause} { throw new UnsupportedOperationException(); }`;
	if (m.kind === 'field') return `public ${m.static ? 'static final ' : ''}${t(m.type ?? 'Object')} ${m.name} = null;`;
	if (m.kind === 'enum-member') return '';
	const ret = t(m.returns ?? 'void');
	if (isInterface) return `${ret} ${m.name}(${params(m, t)})${throwsClause};`;
	if (m.abstract) return `public abstract ${ret} ${m.name}(${params(m, t)})${throwsClause};`;
	return `public ${m.static ? 'static ' : ''}${ret} ${m.name}(${params(m, t)})${throwsClause} { throw new UnsupportedOperationException(); }`;
}

function classSource(cls: SdkClass, all: readonly SdkClass[], byName: Map<string, string[]>, indent: string): string {
	const t = (type: string) => typeFor(type, byName, cls);
	const isInterface = cls.kind === 'interface';
	const isEnum = cls.kind === 'enum';
	const keyword = isInterface ? 'interface' : isEnum ? 'enum' : cls.kind.startsWith('abstract') ? 'abstract class' : 'class';
	const heritage = [
		...(cls.extends?.length && !isInterface ? [`extends ${t(cls.extends[0]!)}`] : []),
		...(cls.implements?.length ? [`implements ${cls.implements.map(t).join(', ')}`] : []),
	];
	const lines = [`${indent}public ${cls.nestedIn ? 'static ' : ''}${keyword} ${cls.name}${heritage.length ? ` ${heritage.join(' ')}` : ''} {`];
	if (isEnum) lines.push(`${indent}\t${cls.members.filter((m) => m.kind === 'enum-member').map((m) => m.name).join(', ')};`);
	// An implicit no-argument constructor stays available only if no other constructor is declared.
	const ctors = cls.members.filter((m) => m.kind === 'constructor' && m.visibility === undefined);
	if (!isInterface && !isEnum && ctors.some((c) => (c.params ?? 0) === 0) && ctors.some((c) => (c.params ?? 0) > 0)) lines.push(`${indent}\tpublic ${cls.name}() {}`);
	for (const m of cls.members) {
		if (m.visibility !== undefined) continue;
		const src = member(m, cls, t, isInterface);
		if (src) lines.push(`${indent}\t${src}`);
	}
	for (const inner of all.filter((c) => c.nestedIn === cls.fqn)) lines.push(classSource(inner, all, byName, `${indent}\t`));
	lines.push(`${indent}}`);
	return lines.join('\n');
}

/** Stub sources keyed by relative path, e.g. `com/zoho/crm/api/dc/USDataCenter.java`. */
export function javaStubs(api: SdkApiFile): Map<string, string> {
	const byName = new Map<string, string[]>();
	for (const c of api.classes) byName.set(c.name, [...(byName.get(c.name) ?? []), c.fqn]);
	const files = new Map<string, string>();
	for (const cls of api.classes.filter((c) => !c.nestedIn)) {
		const pkg = cls.fqn.slice(0, cls.fqn.lastIndexOf('.'));
		files.set(`${cls.fqn.replace(/\./g, '/')}.java`, `package ${pkg};\n\nimport java.util.*;\n\n${classSource(cls, api.classes, byName, '')}\n`);
	}
	return files;
}

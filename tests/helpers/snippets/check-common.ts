// Checks shared by the per-language identifier checkers: builder chains, static members and custom
// token stores, each against the SDK index.
import type { SdkClass } from '../../../src/lib/schemas';
import type { ChainCall } from './scan';
import { checkArity, type Finding, type SdkIndex } from './sdk-index';

/**
 * Checks the calls chained on an object of `cls` (e.g. the builder after `new OAuthToken.Builder()`):
 * each must be a method of the class it is called on, with a fitting number of arguments. A call
 * that leaves the builder (e.g. `build()`) continues on the class it returns, when the index says.
 */
export function checkChain(idx: SdkIndex, cls: SdkClass, calls: readonly ChainCall[], out: Finding[]): void {
	let current: SdkClass | undefined = cls;
	for (const call of calls) {
		if (!current) return;
		const overloads = idx.members(current, call.name).filter((m) => m.kind !== 'field' && m.kind !== 'enum-member');
		if (overloads.length === 0) {
			out.push({ identifier: call.name, reason: `not a method of ${current.fqn} (${idx.where})` });
			return;
		}
		const arity = checkArity(call.name, overloads, call.argCount, current.name);
		if (arity) out.push(arity);
		if (!overloads.some((m) => m.chainable)) current = idx.returnClass(overloads[0]!);
	}
}

/**
 * Checks `Class.name` (Java/C#/JS `.`, PHP `::`): a nested class, or a static member used the way
 * it is declared (fields without parentheses, methods with them). Returns a nested class if named.
 */
export function checkStatic(idx: SdkIndex, cls: SdkClass, name: string, called: boolean, out: Finding[]): SdkClass | undefined {
	const nested = idx.nested(cls, name);
	if (nested) return nested;
	const members = idx.members(cls, name);
	if (members.length === 0) {
		out.push({ identifier: `${cls.name}.${name}`, reason: `not a member of ${cls.fqn} (${idx.where})` });
		return undefined;
	}
	const field = members.every((m) => m.kind === 'field' || m.kind === 'enum-member');
	if (field && called) out.push({ identifier: `${cls.name}.${name}()`, reason: `${name} is a field of ${cls.name}: write it without parentheses` });
	if (!field && !called) out.push({ identifier: `${cls.name}.${name}`, reason: `${name} is a method of ${cls.name}: call it with ()` });
	return undefined;
}

/**
 * Checks a class declared in the snippet that extends or implements an SDK type: the type must be
 * the SDK's token-store base, and the class must declare every method the base requires.
 */
export function checkStoreClass(idx: SdkIndex, baseRef: string, declared: readonly string[], out: Finding[]): void {
	const base = idx.resolve(baseRef);
	if (!base) {
		out.push({ identifier: baseRef, reason: `not a class or interface in ${idx.where}; a custom store is declared as: ${idx.api.customTokenStore.declareAs}` });
		return;
	}
	if (!idx.isTokenStoreBase(baseRef)) {
		out.push({ identifier: baseRef, reason: `${base.fqn} is not the token-store base; a custom store is declared as: ${idx.api.customTokenStore.declareAs}` });
		return;
	}
	for (const m of idx.storeMethods)
		if (!declared.includes(m)) out.push({ identifier: m, reason: `the custom store does not declare ${m}, which ${base.name} requires` });
}

/** Checks the argument count of `new Class(…)` against the class's declared constructors. */
export function checkConstructor(idx: SdkIndex, cls: SdkClass, argCount: number, out: Finding[]): void {
	const ctors = cls.members.filter((m) => m.kind === 'constructor' && m.visibility === undefined);
	if (ctors.length === 0) {
		if (argCount > 0) out.push({ identifier: `new ${cls.name}`, reason: `${cls.fqn} declares no constructor taking arguments (${idx.where})` });
		return;
	}
	const arity = checkArity(cls.name, ctors, argCount, 'new');
	if (arity) out.push({ identifier: `new ${cls.name}`, reason: `${arity.reason} (${idx.where})` });
}

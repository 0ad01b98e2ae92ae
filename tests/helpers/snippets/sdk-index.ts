// Look-ups over one content/sdk-api/<lang>.yaml for the identifier checks.
import type { SdkApiFile, SdkClass, SdkDataCenter, SdkMember } from '../../../src/lib/schemas';

/** A finding of the identifier check: the identifier as written, and why it is not in the index. */
export interface Finding {
	identifier: string;
	reason: string;
}

const lastSegment = (fqn: string) => fqn.split(/[.\\#/]/).pop() ?? fqn;

export class SdkIndex {
	readonly classes: readonly SdkClass[];
	readonly importLines: ReadonlySet<string>;
	readonly memberNames: ReadonlySet<string>;

	constructor(readonly api: SdkApiFile) {
		this.classes = api.classes;
		this.importLines = new Set(api.classes.flatMap((c) => c.imports.map((l) => l.trim())));
		this.memberNames = new Set(api.classes.flatMap((c) => c.members.filter((m) => m.visibility === undefined).map((m) => m.name)));
	}

	/** `index file` for messages, e.g. `content/sdk-api/java.yaml`. */
	get where(): string {
		return `content/sdk-api/${this.api.lang}.yaml`;
	}

	/**
	 * The class a reference names: a simple name (`OAuthBuilder`), a nested reference
	 * (`OAuthToken.Builder`), a fully qualified name, or an access path (`ZOHOCRMSDK.TokenStore.TokenStore`).
	 * Ambiguous simple names (several nested `Builder`s) resolve to nothing.
	 */
	resolve(ref: string): SdkClass | undefined {
		const exact = this.classes.filter((c) => c.fqn === ref || c.accessPaths?.includes(ref));
		if (exact.length > 0) return exact[0];
		const parts = ref.split('.');
		const matches = this.classes.filter((c) => {
			const chain = c.nestedIn ? [lastSegment(c.nestedIn), c.name] : [c.name];
			return chain.slice(-parts.length).join('.') === ref && chain.length >= parts.length && (parts.length > 1 || !c.nestedIn);
		});
		return matches.length === 1 ? matches[0] : undefined;
	}

	/** The public members of a class with this name (all overloads). */
	members(cls: SdkClass, name: string): SdkMember[] {
		return cls.members.filter((m) => m.name === name && m.visibility === undefined);
	}

	/** A nested class `Outer.Inner` of `cls`, if any. */
	nested(cls: SdkClass, name: string): SdkClass | undefined {
		return this.classes.find((c) => c.nestedIn === cls.fqn && c.name === name);
	}

	dataCenter(className: string): SdkDataCenter | undefined {
		return this.api.dataCenters.find((d) => d.class === className);
	}

	/** The class a builder call returns when it leaves the builder, e.g. `build` → `OAuthToken`. */
	returnClass(member: SdkMember): SdkClass | undefined {
		return member.returns && !member.chainable ? this.resolve(member.returns) : undefined;
	}

	/** True when `ref` names the type a custom token store must extend or implement. */
	isTokenStoreBase(ref: string): boolean {
		const cls = this.resolve(ref);
		return cls !== undefined && cls.fqn === this.api.customTokenStore.base;
	}

	/** The methods a custom token store must provide. */
	get storeMethods(): string[] {
		return this.api.customTokenStore.methods.map((m) => m.name);
	}
}

/** Checks an argument count against every overload of a member; a finding when none fits. */
export function checkArity(name: string, overloads: SdkMember[], argCount: number, owner: string): Finding | undefined {
	const fits = overloads.some((m) => {
		if (m.params === undefined) return false;
		const min = m.requiredParams ?? m.params;
		return argCount >= min && (m.variadic || argCount <= m.params);
	});
	if (fits || overloads.every((m) => m.params === undefined)) return undefined;
	const counts = [...new Set(overloads.map((m) => m.params))].join(' or ');
	return { identifier: name, reason: `${owner}.${name} takes ${counts} argument(s), not ${argCount}` };
}

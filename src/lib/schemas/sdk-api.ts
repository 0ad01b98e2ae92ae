import { z } from 'zod';
import { DataCenterIdSchema, SourcesSchema } from './common';
import { SdkLangSchema } from './checklist';

// An index of the public API of Zoho's official CRM v8 SDKs, limited to what setup snippets touch:
// initialization, tokens, token stores, data centers, logger, config, proxy and exceptions. The
// snippet tests (tests/snippets/) check every identifier a snippet uses against it.

/** A member of an SDK class: method, builder method, constructor, field or enum member. */
export const SdkMemberSchema = z.object({
	/** Name as written in code, e.g. `clientID` (Java), `ClientId` (C#), `__init__` (Python). */
	name: z.string().min(1),
	/** `builder` is a method on a builder class; `field` also covers C# properties. */
	kind: z.enum(['method', 'builder', 'constructor', 'field', 'enum-member']),
	/** Number of declared parameters (absent for fields and enum members). */
	params: z.number().int().min(0).optional(),
	/** Parameters without a default, when fewer than `params`. */
	requiredParams: z.number().int().min(0).optional(),
	/** Parameter names; for Python the keyword names, e.g. `client_id`. */
	paramNames: z.array(z.string()).optional(),
	/** Declared parameter types, e.g. `String`; `null` for a parameter declared without one (PHP). */
	paramTypes: z.array(z.string().nullable()).optional(),
	/** Declared type of a field, e.g. `Environment` for `USDataCenter.PRODUCTION` in Java. */
	type: z.string().optional(),
	/** Declared return type, e.g. `Builder`. */
	returns: z.string().optional(),
	static: z.boolean().optional(),
	abstract: z.boolean().optional(),
	async: z.boolean().optional(),
	/** On a builder method: returns the builder, so calls chain. */
	chainable: z.boolean().optional(),
	/** On a builder method: ends the chain (`build`, `initialize`, `switchUser`). */
	terminal: z.boolean().optional(),
	/** The last parameter takes any number of arguments. */
	variadic: z.boolean().optional(),
	/** Java: the checked exceptions it declares, e.g. `SDKException`. */
	throws: z.array(z.string()).optional(),
	/** Only when not public, e.g. `protected`. */
	visibility: z.string().optional(),
	/** Node.js: the constructor returns a Promise of the object (`await new InitializeBuilder()`). */
	returnsPromise: z.boolean().optional(),
	/** C#: a property rather than a field. */
	property: z.boolean().optional(),
});
export type SdkMember = z.output<typeof SdkMemberSchema>;

/** A class, interface or enum of an SDK. */
export const SdkClassSchema = z.object({
	/** Simple name, e.g. `OAuthToken`, `Builder`. */
	name: z.string().min(1),
	/** Fully qualified name, e.g. `com.zoho.api.authenticator.OAuthToken.Builder`. */
	fqn: z.string().min(1),
	/** `class`, `interface`, `abstract class`, `enum`, or an enum-like class of constants. */
	kind: z.string().min(1),
	/** What the class is for, e.g. `data-center`, `token-store`, `initializer`. */
	area: z.enum(['initializer', 'authenticator', 'token-store', 'data-center', 'logger', 'sdk-config', 'proxy', 'user-signature', 'exception']),
	/** Path of the declaring file in the repository or package, e.g. `lib/routes/dc/sa_data_center.js`. */
	file: z.string().min(1),
	/** Namespace (C#, PHP, Java package). */
	namespace: z.string().optional(),
	/** Fully qualified name of the enclosing class of a nested class, e.g. `…OAuthToken`. */
	nestedIn: z.string().optional(),
	/** Base classes, by simple name. */
	extends: z.array(z.string()).optional(),
	/** Implemented interfaces, by simple name. */
	implements: z.array(z.string()).optional(),
	/**
	 * How code reaches the class without its own import: Node.js/TypeScript paths from the package
	 * root (`ZOHOCRMSDK.TokenStore.TokenStore`), Python nested classes (`Logger.Levels`), C# names
	 * after `using` (`OAuthToken.Builder`).
	 */
	accessPaths: z.array(z.string()).optional(),
	/** TypeScript: declared as a type only (an interface); it has no value at run time. */
	typeOnly: z.boolean().optional(),
	/** Every valid import line for the class, e.g. `import com.zoho.crm.api.dc.USDataCenter;`. */
	imports: z.array(z.string()).min(1),
	members: z.array(SdkMemberSchema),
});
export type SdkClass = z.output<typeof SdkClassSchema>;

/** A data-center class of an SDK and its environments. */
export const SdkDataCenterSchema = z.object({
	/** The data center, e.g. `eu`. */
	region: DataCenterIdSchema,
	/** Class name, e.g. `EUDataCenter`. */
	class: z.string().regex(/^[A-Z]{2}DataCenter$/),
	fqn: z.string().min(1),
	/** Environments the class offers, e.g. `PRODUCTION`, `SANDBOX`, `DEVELOPER`. */
	environments: z.array(z.string().min(1)).min(1),
	/** `static field` (Java, C#: `USDataCenter.PRODUCTION`) or `static method` (`PRODUCTION()`; a classmethod in Python). */
	environmentAccess: z.enum(['static field', 'static method']),
	/** Node.js/TypeScript: whether the package root exports the class; `false` means a deep import. */
	exportedFromPackageRoot: z.boolean().optional(),
	/** API domain of the PRODUCTION environment, e.g. `https://www.zohoapis.eu`. */
	apiUrl: z.url(),
	/** Token endpoint the SDK posts to, e.g. `https://accounts.zoho.eu/oauth/v2/token`. */
	accountsTokenUrl: z.url(),
});
export type SdkDataCenter = z.output<typeof SdkDataCenterSchema>;

/** The type a custom token store extends or implements, and the methods it must provide. */
export const SdkTokenStoreBaseSchema = z.object({
	/** Fully qualified base, e.g. `Com.Zoho.API.Authenticator.Store.ITokenStore`. */
	base: z.string().min(1),
	/** `class`, `abstract class` or `interface`. */
	baseKind: z.string().min(1),
	/** How to declare a custom store, in our words. */
	declareAs: z.string().min(1),
	/** The token type the methods take and return. */
	tokenType: z.string().min(1),
	methods: z.array(
		z.object({
			name: z.string().min(1),
			params: z.number().int().min(0),
			paramTypes: z.array(z.string()).optional(),
			returns: z.string().optional(),
		}),
	),
});

/** A correction or addition we made to the extracted index, with the source that backs it. */
export const SdkApiCorrectionSchema = z.object({
	/** What changed and why, e.g. `SADataCenter also imports with the .js extension`. */
	text: z.string().min(1),
	sources: SourcesSchema,
});

/** `content/sdk-api/<lang>.yaml`: the public API of one official Zoho CRM v8 SDK. */
export const SdkApiFileSchema = z.object({
	lang: SdkLangSchema,
	/** e.g. `Zoho CRM Java SDK 8.0`; must match the `sdk` of the snippet file of the same language. */
	sdk: z.string().min(1),
	/** GitHub repository, e.g. `zoho/zohocrm-java-sdk-8.0`. */
	repo: z.string().regex(/^zoho\/[\w.-]+$/),
	/** Commit of the repository that was indexed. */
	commit: z.string().regex(/^[0-9a-f]{40}$/),
	/** SDK version indexed, e.g. `2.0.0`. */
	version: z.string().min(1),
	/** npm package, for Node.js and TypeScript, e.g. `@zohocrm/nodejs-sdk-8.0`. */
	package: z.string().optional(),
	/** What exactly was read: a repository snapshot or a published package. */
	indexedFrom: z.string().min(1),
	/** Install command or coordinate. */
	install: z.string().min(1),
	/** When the index was extracted, e.g. `2026-12-01`. */
	extractedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** Repository and package URLs the index was read from. */
	sources: SourcesSchema,
	/** Surprises worth knowing, in our words. */
	notes: z.array(z.string()).default([]),
	/** Where we corrected or extended the extracted index. */
	corrections: z.array(SdkApiCorrectionSchema).default([]),
	customTokenStore: SdkTokenStoreBaseSchema,
	/** Exactly the data centers the SDK has a class for. */
	dataCenters: z.array(SdkDataCenterSchema).min(1),
	classes: z.array(SdkClassSchema).min(1),
});
export type SdkApiFile = z.output<typeof SdkApiFileSchema>;
export type SdkApiFileInput = z.input<typeof SdkApiFileSchema>;

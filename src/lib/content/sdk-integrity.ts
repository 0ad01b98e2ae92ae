// Cross-checks between the SDK snippets (content/snippets/) and the SDK API index
// (content/sdk-api/): every SDK language has an index, and a snippet file offers a data-center
// class for exactly the data centers its SDK has one for, under the class's real name and module.
import type { ContentBundle } from './bundle';
import type { IntegrityIssue } from './integrity';

/** The module a JavaScript/TypeScript class file is imported from, e.g. `pkg/lib/routes/dc/x.js`. */
export function deepModuleOf(pkg: string, file: string): string {
	return `${pkg}/${file.replace(/\.d\.ts$/, '.js')}`;
}

/** Checks content/snippets/*.yaml against content/sdk-api/*.yaml. */
export function checkSnippetsAgainstSdkApi(bundle: Pick<ContentBundle, 'snippets' | 'sdkApi'>): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const file of bundle.snippets) {
		const api = bundle.sdkApi.find((a) => a.lang === file.lang);
		if (!api) {
			issues.push({ file: file.file, field: 'lang', message: `no SDK API index \`content/sdk-api/${file.lang}.yaml\` for this language` });
			continue;
		}
		if (api.sdk !== file.sdk) issues.push({ file: file.file, field: 'sdk', message: `\`${file.sdk}\` differs from \`${api.sdk}\` in ${api.file}` });
		for (const dc of api.dataCenters) {
			const mine = file.dcClasses[dc.region];
			const field = `dcClasses.${dc.region}`;
			if (!mine) {
				issues.push({ file: file.file, field, message: `the SDK has \`${dc.class}\` for \`${dc.region}\` (${api.file}); list it` });
				continue;
			}
			if (mine.class !== dc.class) issues.push({ file: file.file, field: `${field}.class`, message: `\`${mine.class}\` is not the SDK's class for \`${dc.region}\`; it is \`${dc.class}\`` });
			const classFile = api.classes.find((c) => c.name === dc.class && c.area === 'data-center')?.file;
			const expected = dc.exportedFromPackageRoot === false && api.package && classFile ? deepModuleOf(api.package, classFile) : file.dcModule;
			if ((mine.module ?? file.dcModule) !== expected)
				issues.push({ file: file.file, field: `${field}.module`, message: `\`${dc.class}\` is imported from \`${expected ?? '(the language’s own import)'}\`` });
		}
		for (const region of Object.keys(file.dcClasses)) {
			if (!api.dataCenters.some((d) => d.region === region))
				issues.push({ file: file.file, field: `dcClasses.${region}`, message: `the SDK has no data-center class for \`${region}\` (${api.file}); remove it` });
		}
	}
	for (const api of bundle.sdkApi) {
		if (!bundle.snippets.some((s) => s.lang === api.lang))
			issues.push({ file: api.file, field: 'lang', message: `no snippet file \`content/snippets/${api.lang}.yaml\` uses this index` });
	}
	return issues;
}

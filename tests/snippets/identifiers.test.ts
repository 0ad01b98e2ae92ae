// Every identifier of every SDK snippet the checklist can show (each client type × data center ×
// language) must exist in the SDK API index (content/sdk-api/): imports, classes, builder methods,
// data-center classes and environments, token-store base types. Then: each checker goes red on a
// snippet broken on purpose, naming the identifier, the file and the field.
import { describe, expect, it } from 'vitest';
import { SDK_LANGS, type SdkLang } from '../../src/lib/schemas';
import { unknownIdentifiers, type SnippetRef } from '../helpers/snippets/check';
import { content, snippetsOf } from '../helpers/snippets/generated';

const apiOf = (lang: SdkLang) => content.sdkApi.find((a) => a.lang === lang)!;

describe.each(SDK_LANGS)('%s snippets', (lang) => {
	const snippets = snippetsOf(lang);

	it('cover every snippet template and every data center the SDK has a class for', () => {
		const file = content.snippets.find((f) => f.lang === lang)!;
		const used = new Set(content.checklistSteps.flatMap((p) => p.steps.flatMap((s) => (s.snippet ? [s.snippet] : []))));
		expect(new Set(snippets.map((s) => s.snippetId))).toEqual(used);
		expect(file.snippets.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
		const dcs = new Set(snippets.filter((s) => s.snippetId === 'init-refresh').map((s) => s.dc));
		expect([...dcs].sort()).toEqual(apiOf(lang).dataCenters.map((d) => d.region).sort());
	});

	it('use only identifiers the SDK index has', () => {
		const problems = snippets.flatMap((s) => unknownIdentifiers(s, apiOf(lang)));
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('never put a placeholder or a stand-in class into code', () => {
		for (const s of snippets) expect(s.text, `${s.file} → ${s.field} (${s.dc})`).not.toMatch(/\{\{|\{no_|[A-Z]{2}DataCenterClass|\bUKDataCenter\b/);
	});
});

/** A real snippet with one line changed, checked as if it were content. */
function broken(lang: SdkLang, snippetId: string, dc: string, from: string | RegExp, to: string): SnippetRef {
	const s = snippetsOf(lang).find((x) => x.snippetId === snippetId && x.dc === dc)!;
	const text = s.text.replace(from, to);
	expect(text, 'the replacement must change the snippet').not.toBe(s.text);
	return { ...s, text };
}

describe('the identifier check goes red on a broken snippet', () => {
	it.each([
		['java', 'init-grant', 'eu', '.clientID(', '.clientId(', '`clientId`', 'not a method of com.zoho.api.authenticator.OAuthToken.Builder'],
		['java', 'init-grant', 'eu', 'EUDataCenter.PRODUCTION;', 'EUDataCenter.PRODUCTION();', '`EUDataCenter.PRODUCTION()`', 'is a field of EUDataCenter'],
		['java', 'init-grant', 'eu', 'import com.zoho.crm.api.dc.EUDataCenter;', 'import com.zoho.crm.api.dc.UKDataCenter;', '`com.zoho.crm.api.dc.UKDataCenter`', 'no such import'],
		['csharp', 'init-grant', 'us', 'IToken token', 'Token token', '`Token`', 'not a type in the namespaces imported'],
		['csharp', 'store-file', 'us', ': ITokenStore', ': TokenStore', '`TokenStore`', 'not a type in the namespaces imported'],
		['python', 'init-grant', 'jp', 'grant_token=', 'grant_code=', '`grant_code=`', 'has no parameter `grant_code`'],
		['python', 'init-refresh', 'ca', 'from zohocrmsdk.src.com.zoho.crm.api.dc import CADataCenter', 'from zohocrmsdk.src.com.zoho.crm.api.dc import CanadaDataCenter', 'CanadaDataCenter', 'no such import'],
		['php', 'init-refresh', 'sa', 'SADataCenter::PRODUCTION()', 'SADataCenter::PRODUCTION', '`SADataCenter.PRODUCTION`', 'is a method of SADataCenter'],
		['php', 'init-grant', 'us', '->grantToken(', '->grant(', '`grant`', 'not a method of com\\zoho\\api\\authenticator\\OAuthBuilder'],
		['nodejs', 'store-file', 'us', 'extends ZOHOCRMSDK.TokenStore.TokenStore', 'extends ZOHOCRMSDK.TokenStore', '`ZOHOCRMSDK.TokenStore`', 'a module namespace, not a class'],
		['nodejs', 'init-refresh', 'sa', '"@zohocrm/nodejs-sdk-8.0/lib/routes/dc/sa_data_center.js"', '"@zohocrm/nodejs-sdk-8.0"', '`SADataCenter from "@zohocrm/nodejs-sdk-8.0"`', 'has no `SADataCenter` exported from'],
		['typescript', 'init-grant', 'eu', '.grantToken(', '.grantCode(', '`grantCode`', 'not a method of @zohocrm/typescript-sdk-8.0'],
		['typescript', 'store-file', 'us', 'async deleteTokens()', 'async removeTokens()', '`deleteTokens`', 'does not declare deleteTokens'],
	] as const)('%s %s (%s): %s → %s', (lang, snippetId, dc, from, to, identifier, reason) => {
		const problems = unknownIdentifiers(broken(lang, snippetId, dc, from, to), apiOf(lang));
		const line = problems.find((p) => p.includes(identifier));
		expect(line, problems.join('\n') || '(no findings)').toBeDefined();
		expect(line).toContain(`content/snippets/${lang}.yaml → snippets[`);
		expect(line).toContain(reason);
	});
});

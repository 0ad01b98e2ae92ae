// Engine speed over the real content. Run by `npm run bench` (vitest.bench.config.ts); excluded
// from `npm test`, and it asserts nothing about time: it prints operations per second.
import { Bench } from 'tinybench';
import { expect, test } from 'vitest';
import { analyzeScopeString, createScopeIndex, solveEndpointScopes } from '../../src/lib/scopes';
import { enumerateAnswerSets } from '../../src/lib/wizard/answers';
import { recommendClientType } from '../../src/lib/wizard/recommend';
import { loadContent } from '../helpers/content';
import { diagnose, toTroubleshootData } from '../../src/lib/troubleshoot';

const content = loadContent();
const index = createScopeIndex(content);
const all = index.entries.flatMap((e) => e.entry.operations.map((op) => `${e.fullName}.${op}`));
const combos = enumerateAnswerSets();
const short = 'ZohoCRM.modules.ALL zohocrm.modules.leads.read;ZohoCRM.coql.REED,,ZohoCRM.settings.fields.READ';
let long = '';
for (let i = 0; long.length < 10_000; i++) long += `${all[(i * 7) % all.length]}${i % 5 === 0 ? ' ' : ','}`;
const troubleshoot = { ...toTroubleshootData(content), endpoints: content.endpoints, index };
const trace = 'Exception in thread "main" com.zoho.crm.api.exception.SDKException. Caused by : INVALID TOKEN ERROR - invalid_code\n\tat com.zoho.api.authenticator.OAuthToken.refreshAccessToken(OAuthToken.java:441)\nINFO: Access Token has expired. Hence refreshing.\nGET https://www.zohoapis.com/crm/v8/Leads HTTP/1.1 401\n';
let log = '';
while (log.length < 45_000) log += trace;
const oneLine = 'INVALID_TOKEN https://www.zohoapis.com/crm/v8/Leads?x=1&location=eu '.repeat(700);
const picks = content.endpoints.slice(0, 12).map((e, i) => ({ endpointId: e.id, module: ['leads', 'deals', 'contacts'][i % 3]! }));
// Two endpoints from each of six services (CRM, Desk, Analytics, Books, Inventory, Bigin).
const services = ['ZohoCRM', 'Desk', 'ZohoAnalytics', 'ZohoBooks', 'ZohoInventory', 'ZohoBigin'];
const mixed = services.flatMap((s) => content.endpoints.filter((e) => e.service === s).slice(0, 2)).map((e) => ({ endpointId: e.id, module: e.service === 'ZohoBigin' ? 'contacts' : 'leads' }));
const wide = 'ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL,ZohoCRM.bulk.ALL,ZohoCRM.bulk.backup.ALL,ZohoAnalytics.fullaccess.all,ZohoAnalytics.data.read,ZohoBooks.fullaccess.all,ZohoBooks.invoices.READ';

test('engine speed', async () => {
	const b = new Bench({ time: 1500, warmupTime: 300 });
	b.add(`wizard: recommendClientType, one call (of ${combos.length} combinations)`, () => {
		for (const a of combos) recommendClientType(a);
	});
	b.add(`scopes: analyze (parse+explain+minimize) short, ${short.length} chars`, () => analyzeScopeString(short, index));
	b.add(`scopes: analyze (parse+explain+minimize) long, ${long.length} chars`, () => analyzeScopeString(long, index));
	b.add(`endpoints: solve ${picks.length} endpoints, narrow`, () => solveEndpointScopes(picks, content.endpoints, index, 'narrow'));
	b.add(`endpoints: solve ${picks.length} endpoints, broad`, () => solveEndpointScopes(picks, content.endpoints, index, 'broad'));
	b.add(`scopes: analyze coverage-heavy string (inferred + service-wide), ${wide.length} chars`, () => analyzeScopeString(wide, index));
	b.add(`endpoints: solve ${mixed.length} endpoints of ${services.length} services, narrow`, () => solveEndpointScopes(mixed, content.endpoints, index, 'narrow'));
	b.add(`troubleshoot: diagnose a stack trace, ${trace.length} chars`, () => diagnose({ paste: trace, dc: 'eu' }, troubleshoot));
	b.add(`troubleshoot: diagnose a long log, ${log.length} chars`, () => diagnose({ paste: log, scopes: 'ZohoCRM.users.READ' }, troubleshoot));
	b.add(`troubleshoot: diagnose one ${oneLine.length}-char line of repeated URLs`, () => diagnose({ paste: oneLine }, troubleshoot));
	await b.run();
	const rows = b.tasks.map((t) => {
		const hz = t.result && 'throughput' in t.result ? (t.result as { throughput: { mean: number } }).throughput.mean : ((t.result as { hz?: number })?.hz ?? 0);
		const perSecond = t.name.startsWith('wizard') ? hz * combos.length : hz;
		return { task: t.name, 'per second': Math.round(perSecond).toLocaleString('en') };
	});
	console.log('\nENGINE SPEED (operations per second; wizard counts single recommendations)');
	console.table(rows);
	expect(rows).toHaveLength(10);
});

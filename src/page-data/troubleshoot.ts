// Page data for the troubleshooter (/troubleshoot/): the island's small props (the data centers'
// names), the file it loads on first use (rules, vocabulary, cues, facts and names:
// /data/troubleshoot.json), and the no-JS list of every known cause with the errors that point at
// it and the steps that fix it.
import { getSiteContent } from '../content/site-content';
import type { ContentBundle } from '../lib/content/manifest';
import { describeLink, toTroubleshootData, type MessageContext, type TroubleshootDataFile } from '../lib/troubleshoot';
import { routes } from '../routes';

/** A checklist step title without its placeholders, for link text ("Exchange the code at the accounts server"). */
function plainStepTitle(title: string): string {
	return title
		.replace(/\ba \{\{clientTypeName\}\} client/g, 'the client')
		.replace(/\{\{apiDomain\}\}/g, 'the API domain')
		.replace(/\{\{accountsServer\}\}/g, 'the accounts server')
		.replace(/\{\{[^}]*\}\}/g, '')
		.trim();
}

/** Names the wording uses: data centers, client types, checklist steps. */
function messageNames(content: ContentBundle): MessageContext {
	const stepTitles: Record<string, string> = {};
	for (const phase of content.checklistSteps) for (const s of phase.steps) stepTitles[s.id] = plainStepTitle(s.title);
	return {
		stepTitles,
		clientTypeNames: Object.fromEntries(content.clientTypes.map((t) => [t.id, t.shortName])),
		dcNames: Object.fromEntries(content.dataCenters.map((d) => [d.id, d.name])),
	};
}

/** What the island loads on first use, served as /data/troubleshoot.json (the catalog comes from the composer's files). */
export async function getTroubleshootData(): Promise<TroubleshootDataFile> {
	const content = await getSiteContent();
	return { data: toTroubleshootData(content), names: messageNames(content) };
}

/** Everything /troubleshoot/ needs. */
export async function getTroubleshootPageData() {
	const content = await getSiteContent();
	const data = toTroubleshootData(content);
	const names = messageNames(content);
	/** The literals of the errors whose strongest cause this is. */
	const literalsOf = (id: string) =>
		data.errors
			.filter((e) => {
				const best = Math.max(0, ...Object.values(e.causes));
				return best > 0 && e.causes[id] === best;
			})
			.flatMap((e) => (e.codes.length > 0 ? e.codes : e.numbers.length > 0 ? e.numbers : e.phrases.slice(0, 1)));
	const known = data.causes
		.filter((c) => !c.fallback)
		.map((c) => ({
			...c,
			codes: [...new Set(literalsOf(c.id))],
			links: c.checklist.map((l) => {
				const to = { page: 'checklist', state: { clientType: l.clientType }, step: l.step } as const;
				return { label: describeLink({ kind: 'checklist', ...l, to }, names), href: routes.to(to) };
			}),
		}));
	const covered = new Set(data.errors.filter((e) => Object.keys(e.causes).length > 0).flatMap((e) => e.codes));
	const otherErrors = content.tokenFacts.filter((f) => f.kind === 'error' && !covered.has(f.title)).map((f) => ({ title: f.title, href: routes.facts(f.id) }));
	return {
		island: { dataCenters: data.dataCenters.map((d) => ({ id: d.id, name: d.name })) },
		known,
		fallback: data.causes.find((c) => c.fallback),
		otherErrors,
		errorsHref: routes.facts('errors'),
		vocabularySize: data.errors.length,
	};
}

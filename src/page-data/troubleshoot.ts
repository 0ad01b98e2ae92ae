// Page data for the troubleshooter (/troubleshoot/): the island's rules and facts, and the no-JS
// list of every known cause with the checklist steps that fix it.
import { getSiteContent } from '../content/site-content';
import type { TroubleshootCause } from '../lib/schemas';
import type { TroubleshootDataCenter, TroubleshootFact } from '../lib/troubleshoot';
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

/** Everything /troubleshoot/ needs. */
export async function getTroubleshootPageData() {
	const { tokenFacts, dataCenters, checklistSteps, clientTypes, troubleshootCauses } = await getSiteContent();
	const causes: TroubleshootCause[] = troubleshootCauses.map(({ file: _file, ...c }) => c);
	const stepTitles: Record<string, string> = {};
	for (const phase of checklistSteps) for (const s of phase.steps) stepTitles[s.id] = plainStepTitle(s.title);
	const clientTypeNames: Record<string, string> = Object.fromEntries(clientTypes.map((t) => [t.id, t.shortName]));
	const facts: TroubleshootFact[] = tokenFacts.map((f) => ({
		id: f.id,
		kind: f.kind,
		title: f.title,
		claims: f.claims,
		causes: f.causes,
		fix: f.fix,
		sources: f.sources,
	}));
	const dcs: TroubleshootDataCenter[] = dataCenters.map((d) => ({ id: d.id, name: d.name, location: d.location, accountsServer: d.accountsServer, apiDomain: d.apiDomain }));
	const known = causes
		.filter((c) => !c.fallback)
		.map((c) => ({
			...c,
			links: c.checklist.map((l) => ({
				label: `${clientTypeNames[l.clientType] ?? l.clientType}: ${stepTitles[l.step] ?? l.step}`,
				href: routes.checklist({ clientType: l.clientType }, l.step),
			})),
		}));
	const otherErrors = tokenFacts
		.filter((f) => f.kind === 'error' && !causes.some((c) => c.codes.includes(f.title)))
		.map((f) => ({ title: f.title, href: routes.facts(f.id) }));
	return {
		island: { causes, facts, dataCenters: dcs, stepTitles, clientTypeNames },
		known,
		fallback: causes.find((c) => c.fallback),
		otherErrors,
		errorsHref: routes.facts('errors'),
	};
}

import type { Routes } from '../lib/routes';
import { routes } from '../routes';

/** Primary navigation for a set of routes: every section of the site, in order. */
export function navItems(r: Routes) {
	return [
		{ href: r.wizard(), label: 'Wizard' },
		{ href: r.scopes(), label: 'Scope composer' },
		{ href: r.checklist(), label: 'Setup checklist' },
		{ href: r.troubleshoot(), label: 'Troubleshoot' },
		{ href: r.clientTypes(), label: 'Client types' },
		{ href: r.walkthroughs(), label: 'Walkthroughs' },
		{ href: r.facts(), label: 'Tokens & limits' },
		{ href: r.glossary(), label: 'Glossary' },
		{ href: r.search(), label: 'Search' },
	] as const;
}

/** The site's primary navigation. */
export const NAV_ITEMS = navItems(routes);

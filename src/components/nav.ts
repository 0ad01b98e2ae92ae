/** Primary navigation: every section of the site, in order. */
export const NAV_ITEMS = [
	{ href: '/wizard/', label: 'Wizard' },
	{ href: '/scopes/', label: 'Scope composer' },
	{ href: '/checklist/', label: 'Setup checklist' },
	{ href: '/troubleshoot/', label: 'Troubleshoot' },
	{ href: '/client-types/', label: 'Client types' },
	{ href: '/walkthroughs/', label: 'Walkthroughs' },
	{ href: '/facts/', label: 'Tokens & limits' },
	{ href: '/glossary/', label: 'Glossary' },
	{ href: '/search/', label: 'Search' },
] as const;

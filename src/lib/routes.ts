// Every URL the site links to, built in one place. The site may live under a base path (GitHub
// Pages serves a project at `/<repository>/`), so the base is passed in: `createRoutes('/guide/')`.
// Query strings come from each page's link codec, so a link built here is exactly what that page
// reads. Pages and islands use the instance in src/routes.ts; nothing else writes an internal href.
import type { ClientTypeId } from './ids';
import type { ChecklistUrlState } from './schemas/checklist';
import { encodeChecklistParams } from './checklists/url-state';
import { encodeScopeParams } from './scopes/url-state';
import { encodeSearchParams } from './search/url-state';
import { encodeTroubleshootParams, type TroubleshootUrlState } from './troubleshoot/url-state';
import { ANSWER_KEYS, type AnswerKey, type Answers } from './wizard/answers';
import { encodeWizardParams } from './wizard/url-state';
import { answersToNodePath } from './wizard/node-path';

/** The JSON files published for other tools (`/api/<name>.json`). */
export type ApiName = 'client-types' | 'scopes' | 'endpoints' | 'data-centers' | 'scope-coverage' | 'api-services';

/**
 * `/`, `/guide/` or `/a/b/` from whatever the deploy setting says (`guide`, `/guide`, ``, `/`).
 * @example normalizeBase('guide') // '/guide/'
 */
export function normalizeBase(base: string | undefined): string {
	const parts = (base ?? '').split('/').filter((p) => p !== '' && p !== '.');
	return parts.length === 0 ? '/' : `/${parts.map(encodeURIComponent).join('/')}/`;
}

/**
 * Where a link points, as data: the domain core returns targets (e.g. a troubleshooter cause's
 * "fix it here" links) and the page turns them into URLs with `routes.to`.
 */
export type RouteTarget =
	| { page: 'wizard'; answers?: Partial<Answers> }
	| { page: 'scopes'; scopes?: string | readonly string[] }
	| { page: 'checklist'; state?: ChecklistUrlState; step?: string }
	| { page: 'troubleshoot'; state?: TroubleshootUrlState }
	| { page: 'client-type'; id: string }
	| { page: 'walkthrough'; slug: string; step?: string }
	| { page: 'facts'; anchor?: string }
	| { page: 'glossary'; term?: string };

/** The site's URLs for one base path. */
export interface Routes {
	/** The base, normalized: `/` or `/guide/`. */
	readonly base: string;
	home(): string;
	/** `/wizard/?accounts=…`: the wizard with these answers. */
	wizard(answers?: { [K in keyof Answers]?: Answers[K] | undefined }): string;
	/** The no-JS decision page for these answers (segments in the tree's asking order). */
	decide(answers?: Partial<Answers>, order?: readonly AnswerKey[]): string;
	/** `/scopes/?s=…`: the composer with this scope list. */
	scopes(scopes?: string | readonly string[]): string;
	/** The plain scope catalog, optionally at one scope (`#scope-ZohoCRM.modules`) or service (`#service-ZohoCRM`). */
	scopeCatalog(at?: { scope: string } | { service: string }): string;
	/** `/checklist/?type=&dc=&s=&lang=`, optionally at one step (`#<step id>`). */
	checklist(state?: ChecklistUrlState, step?: string): string;
	/** `/troubleshoot/?error=&endpoint=&s=&dc=`. */
	troubleshoot(state?: TroubleshootUrlState): string;
	clientTypes(): string;
	clientType(id: ClientTypeId | string): string;
	walkthroughs(): string;
	/** A walkthrough, optionally at one step (`#step-…`). */
	walkthrough(slug: string, step?: string): string;
	/** Tokens & limits, optionally at an anchor (a fact id, `errors`, `data-centers`). */
	facts(anchor?: string): string;
	/** The glossary, optionally at a term. */
	glossary(term?: string): string;
	/** Site search, optionally with a query. */
	search(query?: string): string;
	/** A published JSON file. */
	api(name: ApiName): string;
	/** The composer's and troubleshooter's scope data (catalog, coverage rules, data centers). */
	composerData(): string;
	/** The checklist's content (steps, snippets, highlighting), loaded once a client type is chosen. */
	checklistData(): string;
	/** The endpoint catalog with each service's API base and ids (loaded when the endpoint picker is used). */
	endpointData(): string;
	/** The troubleshooter's rules, vocabulary, cues, facts and names (loaded on first use). */
	troubleshootData(): string;
	/** A file of the site by its path from the site root, e.g. `favicon.svg`, `pagefind/pagefind.js`. */
	file(path: string): string;
	/** The URL of a target. */
	to(target: RouteTarget): string;
	/** The route of a page URL path without the base (`/guide/wizard/` → `/wizard/`); null outside the base. */
	routeOf(pathname: string): string | null;
}

const hashPart = (anchor: string | undefined) => (anchor ? `#${encodeURIComponent(anchor)}` : '');
const queryPart = (query: string) => (query ? `?${query}` : '');

/**
 * Builds the URL functions for a base path.
 * @example createRoutes('/guide/').checklist({ clientType: 'self-client', dc: 'eu' }, 'register-client') // '/guide/checklist/?type=self-client&dc=eu#register-client'
 */
export function createRoutes(base: string): Routes {
	const root = normalizeBase(base);
	const at = (path: string, query = '', anchor?: string) => `${root}${path}${queryPart(query)}${hashPart(anchor)}`;
	const segment = (id: string) => encodeURIComponent(id);
	const routes: Routes = {
		base: root,
		home: () => root,
		wizard: (answers = {}) => at('wizard/', encodeWizardParams(answers)),
		decide: (answers = {}, order = ANSWER_KEYS) => {
			const path = answersToNodePath(answers, order);
			return at(path ? `decide/${path}/` : 'decide/');
		},
		scopes: (scopes = '') => at('scopes/', encodeScopeParams(typeof scopes === 'string' ? scopes : scopes.join(','))),
		scopeCatalog: (where) =>
			at('scopes/catalog/', '', where === undefined ? undefined : 'scope' in where ? `scope-${where.scope}` : `service-${where.service}`),
		checklist: (state = {}, step) => at('checklist/', encodeChecklistParams(state), step),
		troubleshoot: (state = {}) => at('troubleshoot/', encodeTroubleshootParams(state)),
		clientTypes: () => at('client-types/'),
		clientType: (id) => at(`client-types/${segment(id)}/`),
		walkthroughs: () => at('walkthroughs/'),
		walkthrough: (slug, step) => at(`walkthroughs/${segment(slug)}/`, '', step),
		facts: (anchor) => at('facts/', '', anchor),
		glossary: (term) => at('glossary/', '', term),
		search: (query = '') => at('search/', encodeSearchParams(query)),
		api: (name) => at(`api/${name}.json`),
		composerData: () => at('data/composer.json'),
		checklistData: () => at('data/checklist.json'),
		endpointData: () => at('data/endpoints.json'),
		troubleshootData: () => at('data/troubleshoot.json'),
		file: (path) => at(path.replace(/^\/+/, '')),
		routeOf: (pathname) => {
			if (pathname === root.slice(0, -1)) return '/';
			return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : null;
		},
		to: (t) => {
			switch (t.page) {
				case 'wizard':
					return routes.wizard(t.answers);
				case 'scopes':
					return routes.scopes(t.scopes);
				case 'checklist':
					return routes.checklist(t.state, t.step);
				case 'troubleshoot':
					return routes.troubleshoot(t.state);
				case 'client-type':
					return routes.clientType(t.id);
				case 'walkthrough':
					return routes.walkthrough(t.slug, t.step);
				case 'facts':
					return routes.facts(t.anchor);
				case 'glossary':
					return routes.glossary(t.term);
			}
		},
	};
	return routes;
}

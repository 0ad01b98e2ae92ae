// The setup checklist island. The page arrives with the choices form only (small props); once a
// client type is chosen, or the link names one, the checklist code (./checklist/ChecklistBody) and
// its content (/data/checklist.json) load, and the steps render in the space kept for them below
// the form, so nothing above moves. Rules and wording live in src/lib/checklists.
import { useEffect, useRef, useState } from 'react';
import type { ChecklistContent, ChecklistChoicesView } from '../lib/checklists/view';
import { describeProgressNotice } from '../lib/checklists/progress-messages';
import type { ChecklistUrlState } from '../lib/schemas';
import { DEFAULT_DC, DEFAULT_LANG, checklistStore, checklistUrlBinding, useChecklistStore } from '../stores/checklist-store';
import { ChoicesForm } from './checklist/ChoicesForm';
import { UrlNotices } from './shared/UrlNotices';
import { useUrlBinding } from './url-sync';

interface Props {
	choicesView: ChecklistChoicesView;
	/** Where the checklist content is (`routes.checklistData()`, built at build time). */
	dataUrl: string;
	/** The page's canonical URL, printed on a handout with the choices. */
	pageUrl?: string;
}

type Body = typeof import('./checklist/ChecklistBody');
let bodyModule: Promise<Body> | undefined;
const loadBody = () => (bodyModule ??= import('./checklist/ChecklistBody'));

/** Loads the checklist code and content once `wanted` turns true; `failed` when the content could not be fetched. */
function useChecklistBody(wanted: boolean, dataUrl: string) {
	const [state, setState] = useState<{ body: Body; content: ChecklistContent } | 'failed' | null>(null);
	useEffect(() => {
		if (!wanted || state) return;
		let live = true;
		loadBody()
			.then(async (body) => ({ body, content: await body.loadChecklistContent(dataUrl) }))
			.then(
				(loaded) => live && setState(loaded),
				() => live && setState('failed'),
			);
		return () => {
			live = false;
		};
	}, [wanted, dataUrl, state]);
	return { loaded: state && state !== 'failed' ? state : null, failed: state === 'failed', retry: () => setState(null) };
}

export default function Checklist({ choicesView, dataUrl, pageUrl }: Props) {
	const choices = useChecklistStore((s) => s.choices);
	const clientId = useChecklistStore((s) => s.clientId);
	const notices = useChecklistStore((s) => s.notices);
	const progressNotice = useChecklistStore((s) => s.progressNotice);

	const ready = useUrlBinding(checklistStore, checklistUrlBinding);

	const type = choices.clientType;
	const dc = choices.dc ?? DEFAULT_DC;
	const lang = choices.lang ?? DEFAULT_LANG;
	const scopes = choices.scopes ?? '';
	const { loaded, failed, retry } = useChecklistBody(type !== undefined, dataUrl);
	// data-hydrated (public hook): the link is read and, when it names a client type, its steps show.
	const [linkShown, setLinkShown] = useState(false);
	const showing = ready && (type === undefined || loaded !== null || failed);
	useEffect(() => {
		if (showing) setLinkShown(true);
	}, [showing]);

	// A link to `#step-id` points at a step that only exists once the checklist has rendered: scroll once.
	const scrolled = useRef(false);
	useEffect(() => {
		if (!ready || !loaded || scrolled.current) return;
		scrolled.current = true;
		const id = decodeURIComponent(window.location.hash.slice(1));
		if (id) document.getElementById(id)?.scrollIntoView();
	}, [ready, loaded]);

	const choose = <K extends keyof ChecklistUrlState>(k: K, v: ChecklistUrlState[K]) => checklistStore.getState().setChoice(k, v);

	return (
		<div className="checklist" data-hydrated={linkShown || showing || undefined} data-client-type={type}>
			<UrlNotices notices={notices} />
			{progressNotice && (
				<div className="notice" role="status" data-progress-notice={progressNotice}>
					<p>{describeProgressNotice(progressNotice)}</p>
					<button type="button" className="secondary small no-print" onClick={() => checklistStore.getState().dismissProgressNotice()}>
						Dismiss
					</button>
				</div>
			)}
			<ChoicesForm
				view={choicesView}
				scopesHref={loaded ? loaded.body.scopesHref(scopes) : choicesView.links.scopes}
				type={type}
				dc={dc}
				scopes={scopes}
				lang={lang}
				clientId={clientId}
				onType={(v) => {
					void loadBody();
					choose('clientType', v);
				}}
				onDc={(v) => choose('dc', v)}
				onScopes={(v) => choose('scopes', v)}
				onLang={(v) => choose('lang', v)}
				onClientId={(v) => checklistStore.getState().setClientId(v)}
			/>
			<div className="cl-body" aria-busy={type !== undefined && !loaded && !failed ? true : undefined}>
				{!type ? (
					<div className="notice info" data-prompt>
						<p>
							Choose a client type above to see its setup steps. Not sure which one you need?{' '}
							<a href={choicesView.links.wizard}>Answer four questions in the wizard</a>.
						</p>
					</div>
				) : failed ? (
					<div className="notice bad" role="alert">
						<p>The checklist could not be loaded. Check the connection and try again.</p>
						<button type="button" onClick={retry}>
							Try again
						</button>
					</div>
				) : !loaded ? (
					<p className="muted" role="status">
						Loading the checklist…
					</p>
				) : (
					<loaded.body.ChecklistBody content={loaded.content} choices={{ ...choices, clientType: type, dc, lang }} pageUrl={pageUrl} />
				)}
			</div>
		</div>
	);
}

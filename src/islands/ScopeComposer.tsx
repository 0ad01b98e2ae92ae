// The scope composer island. The page arrives with the input only; the composer's code and its
// scope data (./composer/live.tsx) load on first use: a key, a tap or focus in the composer, or a
// link with scopes (shown without a click). The link (`?s=`) holds the input; everything else is
// derived by src/lib/scopes.
import { useCallback, useEffect, useState } from 'react';
import { composerStore, composerUrlBinding, useComposerStore } from '../stores/composer-store';
import { CheckPanel } from './composer/CheckPanel';
import { UrlNotices } from './shared/UrlNotices';
import { useUrlBinding } from './url-sync';

type Live = typeof import('./composer/live');
let liveModule: Promise<Live> | undefined;
/** The composer's code, resolved once its scope data is there too (or has failed: the parts say so). */
const loadLive = () =>
	(liveModule ??= import('./composer/live').then(async (m) => {
		await m.loadScopeData().catch(() => undefined);
		return m;
	}));

export default function ScopeComposer() {
	const notices = useComposerStore((s) => s.notices);
	const hasInput = useComposerStore((s) => s.input !== '');
	const ready = useUrlBinding(composerStore, composerUrlBinding);
	const [live, setLive] = useState<Live | null>(null);
	const [failed, setFailed] = useState(false);
	const want = useCallback(() => {
		if (live) return;
		loadLive().then(setLive, () => {
			liveModule = undefined; // try again on the next interaction
			setFailed(true);
		});
	}, [live]);
	useEffect(() => {
		if (ready && hasInput) want();
	}, [ready, hasInput, want]);

	return (
		<div
			className="composer"
			data-hydrated={ready || undefined}
			data-live={live ? '' : undefined}
			onFocusCapture={want}
			onPointerDownCapture={want}
			onKeyDownCapture={want}
		>
			<UrlNotices notices={notices} />
			<CheckPanel
				result={
					live ? (
						<live.LiveResult />
					) : (
						<p id="scope-summary" className="muted check-pending composer-live" role="status">
							{failed ? 'The composer could not be loaded. Check the connection and try again.' : 'Paste or type scopes to check them.'}
						</p>
					)
				}
			/>
			{live ? (
				<live.LivePanels />
			) : (
				<section className="panel composer-tools" aria-labelledby="tools-title">
					<h2 id="tools-title">Build from the catalog, or from your API calls</h2>
					<p className="muted">
						Browse every Zoho scope, pick the endpoints your app calls to get the smallest scope set, or review a change of
						scopes.
					</p>
					<button type="button" onClick={want}>
						Open the catalog and tools
					</button>
				</section>
			)}
		</div>
	);
}

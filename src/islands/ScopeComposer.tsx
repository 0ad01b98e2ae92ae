// The scope composer island: check/minimize a pasted string, build from the catalog, derive from
// API calls. The link (`?s=`) holds the input; everything else is derived by src/lib/scopes.
// The check panel renders at once (its result area waits for the scope data); the other panels
// appear with the data, below the fold, so nothing on screen moves when it arrives.
import { composerStore, composerUrlBinding, useComposerStore } from '../stores/composer-store';
import { CatalogPanel } from './composer/CatalogPanel';
import { CheckPanel } from './composer/CheckPanel';
import { EndpointPanel } from './composer/EndpointPanel';
import { ReviewPanel } from './composer/ReviewPanel';
import { useScopeData } from './composer/use-catalog';
import { UrlNotices } from './shared/UrlNotices';
import { routes } from '../routes';
import { useUrlBinding } from './url-sync';
import { wordUrlNotices } from '../lib/url-state/messages';

export default function ScopeComposer() {
	const { data, error } = useScopeData();
	const notices = useComposerStore((s) => s.notices);
	const ready = useUrlBinding(composerStore, composerUrlBinding);
	return (
		<div className="composer" data-hydrated={(ready && data !== null) || undefined}>
			<UrlNotices notices={wordUrlNotices(notices)} />
			{error && (
				<p className="notice bad" role="alert">
					The scope catalog could not be loaded. Reload the page; the full catalog is also on the{' '}
					<a href={routes.scopeCatalog()}>scope catalog page</a>.
				</p>
			)}
			<CheckPanel data={data} failed={error} />
			{data && (
				<>
					<CatalogPanel catalog={data} />
					<EndpointPanel catalog={data} />
					<ReviewPanel catalog={data} />
				</>
			)}
		</div>
	);
}

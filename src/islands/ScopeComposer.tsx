// The scope composer island: check/minimize a pasted string, build from the catalog, derive from
// API calls. The link (`?s=`) holds the input; everything else is derived by src/lib/scopes.
import { encodeScopeParams } from '../lib/scopes';
import { composerStore, useComposerStore } from '../stores/composer-store';
import { CatalogPanel } from './composer/CatalogPanel';
import { CheckPanel } from './composer/CheckPanel';
import { EndpointPanel } from './composer/EndpointPanel';
import { ReviewPanel } from './composer/ReviewPanel';
import { useCatalog } from './composer/use-catalog';
import { UrlNotices } from './shared/UrlNotices';
import { useUrlLoad, writeQuery } from './url-sync';

function load(search: string) {
	composerStore.getState().loadFromSearch(search);
	writeQuery(encodeScopeParams(composerStore.getState().input), 'replace');
}

export default function ScopeComposer() {
	const { catalog, error } = useCatalog();
	const notices = useComposerStore((s) => s.notices);
	const ready = useUrlLoad(load);
	return (
		<div className="composer" data-hydrated={(ready && catalog !== null) || undefined}>
			<UrlNotices notices={notices} />
			{error ? (
				<p className="notice bad" role="alert">
					The scope catalog could not be loaded. Reload the page; the full catalog is also on the scope catalog page (/scopes/catalog/).
				</p>
			) : !catalog ? (
				<p className="muted" role="status">
					Loading the scope catalog…
				</p>
			) : (
				<>
					<CheckPanel catalog={catalog} />
					<CatalogPanel catalog={catalog} />
					<EndpointPanel catalog={catalog} />
					<ReviewPanel catalog={catalog} />
				</>
			)}
		</div>
	);
}

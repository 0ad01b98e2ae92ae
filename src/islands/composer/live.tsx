// The part of the composer that loads on first use (a key, a tap or focus in the composer, or a link
// with scopes): what the input means, and the catalog, endpoint and review panels. The scope data
// (/data/composer.json) is fetched with it; the endpoint catalog loads when its picker is used.
import { useComposerStore } from '../../stores/composer-store';
import { routes } from '../../routes';
import { CatalogPanel } from './CatalogPanel';
import { CheckResult } from './CheckResult';
import { EndpointPanel } from './EndpointPanel';
import { ReviewPanel } from './ReviewPanel';
import { useScopeData } from './use-catalog';

export { loadScopeData } from './use-catalog';

/** Under the input: the result, once the scope data is there. */
export function LiveResult() {
	const { data, error } = useScopeData();
	const input = useComposerStore((s) => s.input);
	return data ? (
		<CheckResult data={data} input={input} />
	) : (
		<p id="scope-summary" className="muted check-pending" role="status">
			{error ? 'The check needs the scope catalog, which did not load.' : 'Loading the scope catalog…'}
		</p>
	);
}

/** Below the check panel: the catalog, the endpoint picker and the review of a change. */
export function LivePanels() {
	const { data, error } = useScopeData();
	if (error)
		return (
			<p className="notice bad" role="alert">
				The scope catalog could not be loaded. Reload the page; the full catalog is also on the{' '}
				<a href={routes.scopeCatalog()}>scope catalog page</a>.
			</p>
		);
	return data ? (
		<>
			<CatalogPanel catalog={data} />
			<EndpointPanel catalog={data} />
			<ReviewPanel catalog={data} />
		</>
	) : null;
}

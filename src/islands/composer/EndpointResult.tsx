// The result of the endpoint picks: narrow or broad, the scopes, why each group is satisfied (with
// the endpoint's source), and what each picked service needs besides the token.
import { useMemo } from 'react';
import { solveEndpointScopes } from '../../lib/scopes/endpoints';
import { formatScopeIssue } from '../../lib/scopes/messages';
import { composerStore, useComposerStore } from '../../stores/composer-store';
import { Code } from '../shared/Code';
import { ServiceNeedsList } from './ServiceNeeds';
import { SourceLink } from './SourceLink';
import type { LoadedEndpointData, LoadedScopeData } from './use-catalog';

export function EndpointResult({ scopes, data }: { scopes: LoadedScopeData; data: LoadedEndpointData | null }) {
	const picks = useComposerStore((s) => s.picks);
	const mode = useComposerStore((s) => s.mode);
	const byId = useMemo(() => new Map((data?.endpoints ?? []).map((e) => [e.id, e])), [data]);
	const solution = useMemo(
		() => (data && picks.length > 0 ? solveEndpointScopes(picks, data.endpoints, scopes.index, mode) : null),
		[picks, data, scopes.index, mode],
	);
	const s = composerStore.getState();
	const use = () => {
		if (!solution) return;
		s.setInput(solution.scopes.join(','));
		document.getElementById('scope-input')?.focus();
	};
	return (
		<div className="endpoint-result">
			<fieldset>
				<legend>Prefer</legend>
				<label className="inline">
					<input type="radio" name="mode" checked={mode === 'narrow'} onChange={() => s.setMode('narrow')} /> Narrow (module-specific,
					least operation)
				</label>
				<label className="inline">
					<input type="radio" name="mode" checked={mode === 'broad'} onChange={() => s.setMode('broad')} /> Broad (family-wide)
				</label>
			</fieldset>
			{!solution || !data ? (
				<p className="muted">Pick at least one endpoint.</p>
			) : (
				<>
					<h3>Scopes for these calls</h3>
					<pre>
						<code data-endpoint-scopes>{solution.scopes.join(',')}</code>
					</pre>
					<button type="button" onClick={use}>
						Check these in the box above
					</button>
					{solution.issues.length > 0 && (
						<ul>
							{solution.issues.map((i, k) => (
								<li key={k} className={i.severity === 'error' ? 'bad' : ''}>
									<Code text={formatScopeIssue(i)} />
								</li>
							))}
						</ul>
					)}
					<ServiceNeedsList picks={picks.map((p) => p.endpointId)} data={data} dataCenters={scopes.dataCenters} />
					<h3>Why</h3>
					<ul className="reasons">
						{solution.endpoints.map((r) => {
							const ep = byId.get(r.endpointId);
							return (
								<li key={r.endpointId}>
									<strong>
										{ep?.method} {ep?.path}
									</strong>
									{r.module && <> (module {r.module})</>}
									<ul>
										{r.groups.map((g, gi) => (
											<li key={gi}>
												Needs one of{' '}
												{g.alternatives.map((a, ai) => (
													<span key={a}>
														{ai > 0 && ', '}
														<code>{a}</code>
													</span>
												))}
												{g.satisfiedBy && (
													<>
														: granted by <code>{g.satisfiedBy}</code>
													</>
												)}
											</li>
										))}
									</ul>
									{ep && (
										<p className="sources">
											Source: <SourceLink url={ep.sources[0]!} />
											{ep.confidence !== 'documented' && <span className="badge warn">{ep.confidence}</span>}
										</p>
									)}
								</li>
							);
						})}
					</ul>
				</>
			)}
		</div>
	);
}

// Least privilege from API calls: pick endpoints (and their module), get the smallest scope set.
import { useMemo, useState } from 'react';
import { endpointNeedsModule, formatScopeIssue, listModules, solveEndpointScopes } from '../../lib/scopes';
import { composerStore, useComposerStore } from '../../stores/composer-store';
import { Code } from '../shared/Code';
import type { LoadedCatalog } from './use-catalog';

export function EndpointPanel({ catalog }: { catalog: LoadedCatalog }) {
	const picks = useComposerStore((s) => s.picks);
	const mode = useComposerStore((s) => s.mode);
	const [query, setQuery] = useState('');
	const modules = useMemo(() => listModules(catalog.index), [catalog.index]);
	const byId = useMemo(() => new Map(catalog.endpoints.map((e) => [e.id, e])), [catalog.endpoints]);
	const shown = useMemo(() => {
		const words = query.toLowerCase().split(/\s+/).filter(Boolean);
		return catalog.endpoints.filter((e) => {
			const hay = `${e.method} ${e.path} ${e.name} ${e.category}`.toLowerCase();
			return words.every((w) => hay.includes(w));
		});
	}, [catalog.endpoints, query]);
	const solution = useMemo(
		() => (picks.length > 0 ? solveEndpointScopes(picks, catalog.endpoints, catalog.index, mode) : null),
		[picks, catalog, mode],
	);
	const s = composerStore.getState();
	const use = () => {
		if (!solution) return;
		s.setInput(solution.scopes.join(','));
		document.getElementById('scope-input')?.focus();
	};

	return (
		<section aria-labelledby="endpoints-title" className="panel">
			<h2 id="endpoints-title">Least privilege from the API calls you make</h2>
			<p className="muted">
				Tick the Zoho CRM endpoints your app calls. Each endpoint needs every one of its scope groups, and any one scope per
				group; the result is the smallest set that covers them all.
			</p>
			<div className="endpoint-grid">
				<div>
					<label>
						Find endpoints{' '}
						<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="records, bulk, GET users…" maxLength={200} />
					</label>
					<p className="muted" role="status">
						{shown.length} of {catalog.endpoints.length} endpoints; {picks.length} picked.
					</p>
					<ul className="endpoint-list">
						{shown.map((e) => {
							const picked = picks.find((p) => p.endpointId === e.id);
							const id = `ep-${e.id}`;
							return (
								<li key={e.id}>
									<input type="checkbox" id={id} checked={!!picked} onChange={() => s.togglePick(e.id)} />{' '}
									<label htmlFor={id}>
										<span className="method">{e.method}</span> <code>{e.path}</code> — {e.name}
									</label>
									{picked && endpointNeedsModule(e) && (
										<label className="module-select">
											Module{' '}
											<select value={picked.module ?? ''} onChange={(ev) => s.setPickModule(e.id, ev.target.value)}>
												<option value="">(choose)</option>
												{modules.map((m) => (
													<option key={m} value={m}>
														{m}
													</option>
												))}
											</select>
										</label>
									)}
								</li>
							);
						})}
					</ul>
				</div>
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
					{solution ? (
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
													Source: <a href={ep.sources[0]} rel="noopener noreferrer">{ep.sources[0]!.replace(/^https?:\/\/(www\.)?/, '')}</a>
												</p>
											)}
										</li>
									);
								})}
							</ul>
						</>
					) : (
						<p className="muted">Pick at least one endpoint.</p>
					)}
				</div>
			</div>
		</section>
	);
}

// The endpoint list: one search across every service, results grouped by service (collapsed until
// searched or opened), a module choice for endpoints that work on a module. Fixed height, so
// loading the catalog into it moves nothing else.
import { useMemo, useState } from 'react';
import { listModules } from '../../lib/scopes/catalog';
import { endpointNeedsModule } from '../../lib/scopes/endpoints';
import type { Endpoint } from '../../lib/schemas/endpoint';
import { composerStore, useComposerStore } from '../../stores/composer-store';
import type { LoadedEndpointData, LoadedScopeData } from './use-catalog';
import { describeEndpointCount, describeGroupCount } from '../../lib/scopes/composer-messages';

const MAX_PER_GROUP = 60;

interface Group {
	service: string;
	product: string;
	all: Endpoint[];
	shown: Endpoint[];
}

function haystack(e: Endpoint, product: string): string {
	return `${e.method} ${e.path} ${e.name} ${e.category} ${e.service} ${product} ${e.scopeGroups.flat().join(' ')}`.toLowerCase();
}

export function EndpointPicker({ scopes, data, failed, wanted }: { scopes: LoadedScopeData; data: LoadedEndpointData | null; failed: boolean; wanted: boolean }) {
	const picks = useComposerStore((s) => s.picks);
	const [query, setQuery] = useState('');
	const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
	const products = useMemo(() => new Map((data?.apiServices ?? []).map((s) => [s.id, s.product])), [data]);
	const indexed = useMemo(
		() => (data?.endpoints ?? []).map((e) => ({ e, hay: haystack(e, products.get(e.service) ?? e.service) })),
		[data, products],
	);
	const groups = useMemo((): Group[] => {
		const words = query.toLowerCase().split(/\s+/).filter(Boolean);
		const order = [...(data?.apiServices ?? []).map((s) => s.id)];
		const byService = new Map<string, Group>();
		for (const { e, hay } of indexed) {
			if (!order.includes(e.service)) order.push(e.service);
			let g = byService.get(e.service);
			if (!g) byService.set(e.service, (g = { service: e.service, product: products.get(e.service) ?? e.service, all: [], shown: [] }));
			g.all.push(e);
			if (words.every((w) => hay.includes(w))) g.shown.push(e);
		}
		return order.flatMap((s) => byService.get(s) ?? []);
	}, [indexed, query, data, products]);
	const shownCount = groups.reduce((n, g) => n + g.shown.length, 0);
	const searching = query.trim() !== '';
	const s = composerStore.getState();
	const toggleGroup = (service: string, open: boolean) =>
		setOpened((prev) => {
			if (prev.has(service) === open) return prev;
			const next = new Set(prev);
			if (open) next.add(service);
			else next.delete(service);
			return next;
		});

	return (
		<div>
			<label>
				Find endpoints{' '}
				<input
					type="search"
					value={query}
					onChange={(e) => setQuery(e.target.value)}
					placeholder="tickets, GET invoices, bulk, Desk…"
					maxLength={200}
					aria-describedby="endpoint-count"
				/>
			</label>
			<p id="endpoint-count" className="muted" role="status">
				{data
					? describeEndpointCount({ shown: shownCount, total: indexed.length, services: groups.length, picked: picks.length })
					: failed
						? 'The endpoint catalog could not be loaded. Reload the page to try again.'
						: wanted
							? 'Loading the endpoint catalog…'
							: 'The endpoint catalog loads when you use this panel.'}
			</p>
			<div className="endpoint-groups" data-endpoint-groups>
				{groups.map((g) => {
					const open = searching ? g.shown.length > 0 : opened.has(g.service);
					const pickedHere = g.all.filter((e) => picks.some((p) => p.endpointId === e.id)).length;
					return (
						<details key={g.service} open={open} onToggle={(ev) => !searching && toggleGroup(g.service, ev.currentTarget.open)} data-endpoint-service={g.service}>
							<summary>
								{g.product} <span className="muted">({searching ? describeGroupCount(g.shown.length, g.all.length) : g.all.length})</span>
								{pickedHere > 0 && <span className="badge">{pickedHere} picked</span>}
							</summary>
							{open && (
								<ul className="endpoint-list">
									{g.shown.slice(0, MAX_PER_GROUP).map((e) => {
										const picked = picks.find((p) => p.endpointId === e.id);
										const id = `ep-${e.id}`;
										return (
											<li key={e.id}>
												<input type="checkbox" id={id} checked={!!picked} onChange={() => s.togglePick(e.id)} />{' '}
												<label htmlFor={id}>
													<span className="method">{e.method}</span> <code>{e.path}</code> — {e.name}
												</label>
												{e.confidence !== 'documented' && <span className="badge warn">{e.confidence}</span>}
												{picked && endpointNeedsModule(e) && (
													<label className="module-select">
														Module{' '}
														<select value={picked.module ?? ''} onChange={(ev) => s.setPickModule(e.id, ev.target.value)}>
															<option value="">(choose)</option>
															{listModules(scopes.index, e.service).map((m) => (
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
									{g.shown.length > MAX_PER_GROUP && (
										<li className="muted">{g.shown.length - MAX_PER_GROUP} more; narrow the search to see them.</li>
									)}
								</ul>
							)}
						</details>
					);
				})}
			</div>
		</div>
	);
}

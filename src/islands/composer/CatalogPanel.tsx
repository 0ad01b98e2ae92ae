// Browse and search the catalog; add a scope with one of its valid operations.
import { useMemo, useState } from 'react';
import type { IndexedEntry } from '../../lib/scopes/catalog';
import { searchScopes } from '../../lib/scopes/search';
import { composerStore } from '../../stores/composer-store';
import type { LoadedScopeData } from './use-catalog';
import { Code } from '../shared/Code';
import { addScopeLabel, describeCatalogStatus } from '../../lib/scopes/composer-messages';

const MAX_SHOWN = 40;

function addScope(scope: string) {
	composerStore.getState().appendScopes([scope]);
}

export function CatalogPanel({ catalog }: { catalog: LoadedScopeData }) {
	const [query, setQuery] = useState('');
	const [service, setService] = useState('ZohoCRM');
	const [family, setFamily] = useState('');
	const [added, setAdded] = useState('');
	const families = useMemo(
		() => [...new Set(catalog.index.entries.filter((e) => e.service === service).map((e) => e.entry.family))],
		[catalog.index, service],
	);
	const results: IndexedEntry[] = useMemo(() => {
		if (query.trim()) return searchScopes(catalog.index, query, MAX_SHOWN).map((h) => h.entry);
		return catalog.index.entries.filter((e) => e.service === service && (!family || e.entry.family === family)).slice(0, 400);
	}, [catalog.index, query, service, family]);

	return (
		<section aria-labelledby="catalog-pick-title" className="panel">
			<h2 id="catalog-pick-title">Build from the catalog</h2>
			<div className="filters">
				<label>
					Search{' '}
					<input
						type="search"
						value={query}
						onChange={(e) => setQuery(e.target.value)}
						placeholder="leads, bulk export, field metadata…"
						maxLength={200}
					/>
				</label>
				<label>
					Service{' '}
					<select
						value={service}
						onChange={(e) => {
							setService(e.target.value);
							setFamily('');
						}}
						disabled={query.trim() !== ''}
					>
						{catalog.index.services.map((s) => (
							<option key={s.service} value={s.service}>
								{s.product}
								{s.confidence === 'third-party' ? ' (third-party sources)' : s.confidence === 'inferred' ? ' (partly from Zoho’s docs)' : ''}
							</option>
						))}
					</select>
				</label>
				<label>
					Family{' '}
					<select value={family} onChange={(e) => setFamily(e.target.value)} disabled={query.trim() !== ''}>
						<option value="">All families</option>
						{families.map((f) => (
							<option key={f} value={f}>
								{f}
							</option>
						))}
					</select>
				</label>
			</div>
			<p className="muted" role="status">
				{describeCatalogStatus(results.length, query, added)}
			</p>
			<ul className="pick-list">
				{results.map((e) => (
					<li key={e.key}>
						<div className="pick-head">
							<code className="scope-name">{e.fullName}</code>
							{e.entry.deprecated && <span className="badge bad">deprecated</span>}
							{e.entry.confidence !== 'documented' && <span className="badge warn">{e.entry.confidence}</span>}
							{e.entry.serviceWide && <span className="badge">service-wide</span>}
						</div>
						<p>
							<Code text={e.entry.summary} />
						</p>
						{e.entry.risk && (
							<p className="risk">
								Risk: <Code text={e.entry.risk} />
							</p>
						)}
						<div className="op-buttons" role="group" aria-label={addScopeLabel(e.fullName)}>
							{e.entry.operations.map((op) => (
								<button
									key={op}
									type="button"
									className="secondary small"
									onClick={() => {
										addScope(`${e.fullName}.${op}`);
										setAdded(`${e.fullName}.${op}`);
									}}
									aria-label={addScopeLabel(e.fullName, op)}
								>
									+ {op}
								</button>
							))}
						</div>
						<p className="sources">
							Source:{' '}
							<a href={e.entry.sources[0]} rel="noopener noreferrer">
								{e.entry.sources[0]!.replace(/^https?:\/\/(www\.)?/, '')}
							</a>
						</p>
					</li>
				))}
			</ul>
		</section>
	);
}

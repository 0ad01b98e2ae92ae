// What each picked service needs besides the token: its API base in the chosen data center (and
// the others), how paths go after it, and the ids every call carries, each with its source.
import { useMemo } from 'react';
import { listServiceNeeds, type ServiceNeeds } from '../../lib/scopes/service-needs';
import type { CompactDataCenter } from '../../lib/scopes/compact';
import { composerStore, useComposerStore } from '../../stores/composer-store';
import { SourceLink } from './SourceLink';
import type { LoadedEndpointData } from './use-catalog';
import { DataCenterOptions } from '../shared/DataCenterOptions';

function Needs({ n, chosen, dcName }: { n: ServiceNeeds; chosen: string; dcName: (id: string) => string }) {
	return (
		<section className="service-needs" data-service-needs={n.service} aria-label={`${n.product}: what calls need`}>
			<h4>{n.product}</h4>
			<dl>
				<div>
					<dt>API base in {chosen}</dt>
					<dd>
						{n.base ? (
							<>
								<code data-api-base>{n.base.url}</code>
								{n.base.confidence !== 'documented' && <span className="badge warn">{n.base.confidence}</span>} (
								<SourceLink url={n.base.sources[0]!} />)
							</>
						) : (
							<span className="muted">Not on a Zoho page we read for this data center. {n.otherDataCenters}</span>
						)}
					</dd>
				</div>
				<div>
					<dt>Paths</dt>
					<dd>{n.paths}</dd>
				</div>
				{n.bases.length > 0 && (
					<div>
						<dt>Every data center</dt>
						<dd>
							<details>
								<summary>{n.bases.length} API bases</summary>
								<ul className="plain">
									{n.bases.map((b) => (
										<li key={b.dc}>
											{dcName(b.dc)}: <code>{b.url}</code>
											{b.confidence !== 'documented' && <span className="badge warn">{b.confidence}</span>}
										</li>
									))}
								</ul>
								{n.otherDataCenters && <p className="muted">{n.otherDataCenters}</p>}
							</details>
						</dd>
					</div>
				)}
				{n.requiredIds.map((id) => (
					<div key={id.name} data-required-id={id.name}>
						<dt>
							<code>{id.name}</code> ({id.in})
						</dt>
						<dd>
							{id.when} {id.howToGet} {id.note && <span className="muted">{id.note}</span>} (<SourceLink url={id.sources[0]!} />)
							{id.confidence !== 'documented' && <span className="badge warn">{id.confidence}</span>}
						</dd>
					</div>
				))}
				{n.requiredIds.length === 0 && (
					<div>
						<dt>Ids</dt>
						<dd>{n.known ? 'None besides the token on the pages we read.' : 'Not described yet.'}</dd>
					</div>
				)}
			</dl>
		</section>
	);
}

export function ServiceNeedsList({ picks, data, dataCenters }: { picks: string[]; data: LoadedEndpointData; dataCenters: CompactDataCenter[] }) {
	const dc = useComposerStore((s) => s.dc);
	const needs = useMemo(() => listServiceNeeds(picks, data.endpoints, data.apiServices, dc), [picks, data, dc]);
	const dcName = (id: string) => dataCenters.find((d) => d.id === id)?.name ?? id;
	return (
		<div className="needs">
			<h3>What each service needs besides the token</h3>
			<label className="inline">
				Data center{' '}
				<select value={dc} onChange={(e) => composerStore.getState().setDc(e.target.value)}>
					<DataCenterOptions dataCenters={dataCenters} />
				</select>
			</label>
			{needs.map((n) => (
				<Needs key={n.service} n={n} chosen={dcName(dc)} dcName={dcName} />
			))}
		</div>
	);
}

// One ranked cause: the evidence (each with the lines of the paste that show it), the scope check,
// how to confirm, the fix with its sources, links and sourced facts. Everything is text; wording
// comes from src/lib/troubleshoot/messages.ts, backticked parts become <code> via <Code>.
import {
	describeCause,
	describeEvidence,
	describeLineSource,
	describeLink,
	describeScopeCheck,
	type CauseEvidence,
	type MessageContext,
	type RankedCause,
	type TroubleshootData,
	type TroubleshootFact,
} from '../../lib/troubleshoot';
import { Code } from '../shared/Code';
import { routes } from '../../routes';

function FactBlock({ fact }: { fact: TroubleshootFact }) {
	return (
		<li>
			<strong>
				<Code text={fact.kind === 'error' ? `\`${fact.title}\`` : fact.title} />
			</strong>
			{fact.claims.length > 1 && <span className="muted"> — sources disagree:</span>}
			<ul>
				{fact.claims.map((c, i) => (
					<li key={i}>
						<Code text={c.value} />
						{c.note && (
							<span className="muted">
								{' '}
								(<Code text={c.note} />)
							</span>
						)}{' '}
						{c.sources.map((s, j) => (
							<a key={j} href={s} rel="noopener noreferrer" className="source">
								[{j + 1}]
							</a>
						))}
					</li>
				))}
			</ul>
		</li>
	);
}

function EvidenceList({ items, data, names, className }: { items: CauseEvidence[]; data: TroubleshootData; names: MessageContext; className: string }) {
	return (
		<ul className={className}>
			{items.map((e, i) => (
				<li key={i}>
					<Code text={describeEvidence(e, data, names)} />
					{e.signal.lines.length > 0 && (
						<ul className="evidence-lines">
							{e.signal.lines.map((l, j) => (
								<li key={j} data-evidence-line={l.source}>
									<span className="line-source">{describeLineSource(l)}</span> <code>{l.text}</code>
								</li>
							))}
						</ul>
					)}
				</li>
			))}
		</ul>
	);
}

export function CauseCard({ cause, rank, data, names }: { cause: RankedCause; rank: number; data: TroubleshootData; names: MessageContext }) {
	const titleId = `cause-${cause.id}-title`;
	const text = describeCause(cause, data);
	const support = cause.evidence.filter((e) => !e.against);
	const against = cause.evidence.filter((e) => e.against);
	const check = cause.scopeCheck ? describeScopeCheck(cause.scopeCheck) : undefined;
	const facts = text.factIds.flatMap((id) => data.facts.find((f) => f.id === id) ?? []);
	return (
		<li className={`cause${rank === 0 ? ' top' : ''}${cause.fallback ? ' fallback' : ''}`} data-cause={cause.id} aria-labelledby={titleId}>
			<h3 id={titleId}>
				{!cause.fallback && <span className={`badge${rank === 0 ? ' ok' : ''}`}>{rank === 0 ? 'Most likely' : `#${rank + 1}`}</span>}{' '}
				<Code text={text.title} />
			</h3>
			<p>
				<Code text={text.summary} />
			</p>
			{support.length > 0 && (
				<>
					<h4>{cause.fallback ? 'What was found' : 'Evidence in what you gave'}</h4>
					<EvidenceList items={support} data={data} names={names} className="evidence" />
				</>
			)}
			{against.length > 0 && (
				<>
					<h4>Speaks against it</h4>
					<EvidenceList items={against} data={data} names={names} className="evidence against" />
				</>
			)}
			{check && cause.scopeCheck && (
				<div className="scope-check" data-scope-check={cause.scopeCheck.endpointId}>
					<h4>
						<Code text={check.heading} />
					</h4>
					{check.assumed && (
						<p className="muted">
							<Code text={check.assumed} />
						</p>
					)}
					<ul>
						{check.groups.map((g, i) => (
							<li key={i} data-held={g.held ? 'yes' : 'no'}>
								<span className={`badge ${g.held ? 'ok' : 'bad'}`}>{g.badge}</span> <Code text={g.text} />
							</li>
						))}
					</ul>
					<p {...(check.lacking ? { 'data-lacking': '' } : {})} className={check.lacking ? undefined : 'muted'}>
						<Code text={check.conclusion} />
					</p>
				</div>
			)}
			<h4>{cause.fallback ? 'General checks' : 'How to confirm'}</h4>
			<ul>
				{text.confirm.map((c, i) => (
					<li key={i}>
						<Code text={c} />
					</li>
				))}
			</ul>
			<h4>Fix</h4>
			<p className="fix">
				<Code text={text.fix} />
				{text.sources.length > 0 && (
					<span className="muted">
						{' '}
						Sources:{' '}
						{text.sources.map((s, j) => (
							<a key={j} href={s} rel="noopener noreferrer" className="source">
								[{j + 1}]
							</a>
						))}
					</span>
				)}
			</p>
			{cause.links.length > 0 && (
				<ul className="cause-links">
					{cause.links.map((l) => {
						const href = routes.to(l.to);
						return (
							<li key={href}>
								<a href={href}>{describeLink(l, names)}</a>
							</li>
						);
					})}
				</ul>
			)}
			{facts.length > 0 && (
				<details className="facts">
					<summary>Limits and sources ({facts.length})</summary>
					<ul>
						{facts.map((f) => (
							<FactBlock key={f.id} fact={f} />
						))}
					</ul>
				</details>
			)}
		</li>
	);
}

// One ranked cause: evidence, the scopes check, how to confirm, the fix, links and sourced facts.
// Everything is text; backticked parts become <code> via <Code>.
import type { RankedCause, TroubleshootFact } from '../../lib/troubleshoot';
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

export function CauseCard({ cause, rank }: { cause: RankedCause; rank: number }) {
	const titleId = `cause-${cause.id}-title`;
	const support = cause.evidence.filter((e) => !e.against);
	const against = cause.evidence.filter((e) => e.against);
	const check = cause.scopeCheck;
	return (
		<li className={`cause${rank === 0 ? ' top' : ''}${cause.fallback ? ' fallback' : ''}`} data-cause={cause.id} aria-labelledby={titleId}>
			<h3 id={titleId}>
				{!cause.fallback && <span className={`badge${rank === 0 ? ' ok' : ''}`}>{rank === 0 ? 'Most likely' : `#${rank + 1}`}</span>}{' '}
				<Code text={cause.title} />
			</h3>
			<p>
				<Code text={cause.summary} />
			</p>
			{support.length > 0 && (
				<>
					<h4>{cause.fallback ? 'What was found' : 'Evidence in what you gave'}</h4>
					<ul className="evidence">
						{support.map((e, i) => (
							<li key={i}>
								<Code text={e.text} />
							</li>
						))}
					</ul>
				</>
			)}
			{against.length > 0 && (
				<>
					<h4>Speaks against it</h4>
					<ul className="evidence against">
						{against.map((e, i) => (
							<li key={i}>
								<Code text={e.text} />
							</li>
						))}
					</ul>
				</>
			)}
			{check && (
				<div className="scope-check" data-scope-check={check.endpointId}>
					<h4>
						Scopes <code>{check.display}</code> needs
					</h4>
					{check.assumedModule && (
						<p className="muted">
							The module was not given; <code>{check.assumedModule}</code> is assumed.
						</p>
					)}
					<ul>
						{check.groups.map((g, i) => (
							<li key={i} data-held={g.heldBy ? 'yes' : 'no'}>
								<span className={`badge ${g.heldBy ? 'ok' : 'bad'}`}>{g.heldBy ? 'Held' : 'Missing'}</span>{' '}
								{g.alternatives.length > 1 ? 'one of ' : ''}
								{g.alternatives.map((a, j) => (
									<span key={a}>
										{j > 0 && ', '}
										<code>{a}</code>
									</span>
								))}
								{g.heldBy && (
									<span className="muted">
										{' '}
										— covered by <code>{g.heldBy}</code>
									</span>
								)}
							</li>
						))}
					</ul>
					{check.held.length === 0 ? (
						<p className="muted">Add the scope string the token was made with to see which of these it lacks.</p>
					) : check.add.length > 0 ? (
						<p data-lacking>
							Lacking: add <Code text={check.add.map((s) => `\`${s}\``).join(', ')} /> to the <code>scope</code> parameter, then get a{' '}
							<strong>new grant</strong> (new consent or a new Self Client code). Refreshing keeps the old scopes.
						</p>
					) : (
						<p>The scopes given cover this endpoint.</p>
					)}
				</div>
			)}
			<h4>{cause.fallback ? 'General checks' : 'How to confirm'}</h4>
			<ul>
				{cause.confirm.map((c, i) => (
					<li key={i}>
						<Code text={c} />
					</li>
				))}
			</ul>
			<h4>Fix</h4>
			<p className="fix">
				<Code text={cause.fix} />
			</p>
			{cause.links.length > 0 && (
				<ul className="cause-links">
					{cause.links.map((l) => {
						const href = routes.to(l.to);
						return (
							<li key={href}>
								<a href={href}>{l.label}</a>
							</li>
						);
					})}
				</ul>
			)}
			{cause.facts.length > 0 && (
				<details className="facts">
					<summary>Limits and sources ({cause.facts.length})</summary>
					<ul>
						{cause.facts.map((f) => (
							<FactBlock key={f.id} fact={f} />
						))}
					</ul>
				</details>
			)}
		</li>
	);
}

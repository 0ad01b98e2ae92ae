// Review a scope change: before → after, in plain words — added, removed, widened, narrowed, whether
// users must authorize again, and flags on broad or sensitive scopes. Local state only.
import { useMemo, useState } from 'react';
import { diffScopes } from '../../lib/scopes/diff';
import '../../styles/troubleshoot.css';
import { Code } from '../shared/Code';
import type { LoadedCatalog, LoadedScopeData } from './use-catalog';
import { describeIgnoredScopes, describeReauthorize, describeScopeChanges } from '../../lib/scopes/composer-messages';


export function ReviewPanel({ catalog, initialAfter = '' }: { catalog: Pick<LoadedScopeData, 'index'> & Partial<LoadedCatalog>; initialAfter?: string }) {
	const [before, setBefore] = useState('');
	const [after, setAfter] = useState(initialAfter);
	const diff = useMemo(() => diffScopes(before.slice(0, 20_000), after.slice(0, 20_000), catalog.index), [before, after, catalog.index]);
	const empty = before.trim() === '' && after.trim() === '';
	const changes = describeScopeChanges(diff);
	return (
		<section aria-labelledby="review-title" className="panel scope-review">
			<h2 id="review-title">Review a scope change</h2>
			<p className="muted">Compare the scopes your app has today with the ones you plan to ask for.</p>
			<div className="review-inputs">
				<div>
					<label htmlFor="review-before" className="field-label">
						Before (current scopes)
					</label>
					<textarea id="review-before" rows={3} spellCheck={false} autoComplete="off" value={before} onChange={(e) => setBefore(e.target.value)} />
				</div>
				<div>
					<label htmlFor="review-after" className="field-label">
						After (planned scopes)
					</label>
					<textarea id="review-after" rows={3} spellCheck={false} autoComplete="off" value={after} onChange={(e) => setAfter(e.target.value)} />
				</div>
			</div>
			{empty ? (
				<p className="muted">Paste two scope strings to compare them.</p>
			) : (
				<div aria-live="polite">
					<p className="verdict" data-review-reauthorize={diff.reauthorize ? 'yes' : 'no'}>
						{diff.reauthorize ? (
							<Code text={describeReauthorize(diff.reauthorizeBecause)} />
						) : (
							'No new access: existing grants keep working, no new consent needed.'
						)}
					</p>
					{changes.length === 0 ? (
						<p className="muted">No change.</p>
					) : (
						<ul className="review-list">
							{changes.map((c, i) => (
								<li key={i} data-review-change={c.kind}>
									<span className={`badge${c.kind === 'added' || c.kind === 'widened' ? ' warn' : ''}`}>{c.badge}</span> <Code text={c.text} />
								</li>
							))}
						</ul>
					)}
					{diff.flags.length > 0 && (
						<>
							<h3>Broad or sensitive scopes after the change</h3>
							<ul className="review-list">
								{diff.flags.map((f) => (
									<li key={f.scope} data-review-flag={f.scope}>
										<span className="badge bad">{diff.newFlags.includes(f) ? 'New risk' : 'Risk'}</span> <code>{f.scope}</code>: <Code text={f.note} />
									</li>
								))}
							</ul>
						</>
					)}
					{(diff.invalid.before.length > 0 || diff.invalid.after.length > 0) && (
						<p className="notice">
							<Code text={describeIgnoredScopes([...diff.invalid.before, ...diff.invalid.after].slice(0, 20))} />
						</p>
					)}
				</div>
			)}
		</section>
	);
}

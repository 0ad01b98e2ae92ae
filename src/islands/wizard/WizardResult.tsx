// The wizard's result, as plain presentational React: the island renders it live, and the no-JS
// /decide/ pages render the same component to static HTML at build time (no client JavaScript).
import type { Answers, ClientTypeId } from '../../lib/wizard/answers';
import { describeConflict, describeFitGap, describeNeededPart, describePendingResult, describeReason, describeStanding, describeStillOpen } from '../../lib/wizard/messages';
import type { Recommendation } from '../../lib/wizard/recommend';
import type { WizardTypeInfo } from '../../lib/wizard/view';
import { Code } from '../shared/Code';
import { routes } from '../../routes';

interface Props {
	result: Recommendation;
	types: WizardTypeInfo[];
	/** The answers behind the result (for the link back to them). */
	answers: Partial<Answers>;
}


const STANDING_LABEL = { recommended: 'Recommended', possible: 'Possible', 'ruled-out': 'Ruled out' } as const;

export function WizardResult({ result, types, answers }: Props) {
	const names = Object.fromEntries(types.map((t) => [t.id, t.shortName])) as Record<ClientTypeId, string>;
	const byId = new Map(types.map((t) => [t.id, t]));
	const rec = result.recommended ? byId.get(result.recommended) : undefined;
	const recStanding = result.standings.find((s) => s.id === result.recommended);
	const others = result.standings.filter((s) => s.id !== result.recommended);
	const pending = describePendingResult(result);
	return (
		<div className="wizard-result">
			{rec && recStanding ? (
				<section className="recommended" data-client-type={rec.id} data-fit={result.gaps.length > 0 ? 'with-gaps' : 'clean'} aria-labelledby="result-title">
					<p className="eyebrow">{result.gaps.length > 0 ? 'Closest fit, not a clean one' : 'Register this client type'}</p>
					<h2 id="result-title">{rec.shortName}</h2>
					<p>{rec.summary}</p>
					<ul>
						{recStanding.reasons
							.filter((r) => r.effect !== 'neutral' || r.code === 'best_fit' || r.code === 'only_option_left')
							.map((r) => (
								<li key={`${r.code}-${r.question ?? ''}`}>
									<Code text={describeReason(r, names)} />
								</li>
							))}
					</ul>
					{result.gaps.length > 0 && (
						<div className="notice" data-fit-gaps>
							<ul>
								{result.gaps.map((g) => (
									<li key={g.code} data-gap={g.code}>
										<Code text={describeFitGap(g, names)} />
									</li>
								))}
							</ul>
							{result.needs.length > 0 && (
								<>
									<p>To use it anyway, your app will still need:</p>
									<ul>
										{result.needs.map((p) => (
											<li key={p} data-needed-part={p}>
												<Code text={describeNeededPart(p)} />
											</li>
										))}
									</ul>
								</>
							)}
						</div>
					)}
					{!result.complete && <p className="muted">{describeStillOpen(result.pending)}</p>}
					<ul className="onward">
						<li>
							<a href={routes.clientType(rec.id)}>About {rec.shortName}</a>
						</li>
						<li>
							<a href={routes.checklist({ clientType: rec.id })}>Its setup checklist</a>
						</li>
						{rec.walkthrough && (
							<li>
								<a href={routes.walkthrough(rec.walkthrough.slug)}>Walkthrough: {rec.walkthrough.title}</a>
							</li>
						)}
						<li>
							<a href={routes.scopes()}>Choose its scopes</a>
						</li>
					</ul>
				</section>
			) : (
				<section className="recommended pending" aria-labelledby="result-title">
					<p className="eyebrow">Recommendation</p>
					<h2 id="result-title">{pending.title}</h2>
					<p>{pending.text}</p>
				</section>
			)}
			{result.conflicts.length > 0 && (
				<section className="conflicts" aria-labelledby="conflicts-title">
					<h3 id="conflicts-title">Answers that pull apart</h3>
					<ul>
						{result.conflicts.map((c) => (
							<li key={c.code} data-conflict={c.code}>
								<Code text={describeConflict(c, names)} />
							</li>
						))}
					</ul>
				</section>
			)}
			<section aria-labelledby="others-title">
				<h3 id="others-title">{rec ? 'Why not the others' : 'Where each type stands'}</h3>
				<ul className="standings">
					{others.map((s) => (
						<li key={s.id} data-standing={s.standing} data-type={s.id}>
							<span className={`badge ${s.standing === 'ruled-out' ? 'bad' : s.standing === 'possible' ? 'warn' : 'ok'}`}>
								{STANDING_LABEL[s.standing]}
							</span>{' '}
							<a href={routes.clientType(s.id)}>{names[s.id]}</a>:{' '}
							<Code text={describeStanding(s, names, rec !== undefined)} />
						</li>
					))}
				</ul>
			</section>
			{Object.keys(answers).length > 0 && (
				<p className="muted">
					Link to these answers: <code>{routes.wizard(answers)}</code>
				</p>
			)}
		</div>
	);
}

// The wizard's result, as plain presentational React over a prepared view (src/lib/wizard/view.ts):
// the island renders it live, and the no-JS /decide/ pages render the same component to static HTML
// at build time (no client JavaScript). Nothing here words or computes anything.
import type { WizardView } from '../../lib/wizard/view';
import { Code } from '../shared/Code';

const STANDING_LABEL = { recommended: 'Recommended', possible: 'Possible', 'ruled-out': 'Ruled out' } as const;
const STANDING_BADGE = { recommended: 'ok', possible: 'warn', 'ruled-out': 'bad' } as const;

export function WizardResult({ view }: { view: WizardView }) {
	const rec = view.recommended;
	return (
		<div className="wizard-result">
			{rec ? (
				<section className="recommended" data-client-type={rec.id} data-fit={rec.fit} aria-labelledby="result-title">
					<p className="eyebrow">{rec.eyebrow}</p>
					<h2 id="result-title">{rec.shortName}</h2>
					<p>{rec.summary}</p>
					<ul>
						{rec.reasons.map((r) => (
							<li key={r.key}>
								<Code text={r.text} />
							</li>
						))}
					</ul>
					{rec.gaps.length > 0 && (
						<div className="notice" data-fit-gaps>
							<ul>
								{rec.gaps.map((g) => (
									<li key={g.code} data-gap={g.code}>
										<Code text={g.text} />
									</li>
								))}
							</ul>
							{rec.needs.length > 0 && (
								<>
									<p>To use it anyway, your app will still need:</p>
									<ul>
										{rec.needs.map((p) => (
											<li key={p.code} data-needed-part={p.code}>
												<Code text={p.text} />
											</li>
										))}
									</ul>
								</>
							)}
						</div>
					)}
					{rec.stillOpen && <p className="muted">{rec.stillOpen}</p>}
					<ul className="onward">
						{rec.links.map((l) => (
							<li key={l.href}>
								<a href={l.href}>{l.label}</a>
							</li>
						))}
					</ul>
				</section>
			) : (
				<section className="recommended pending" aria-labelledby="result-title">
					<p className="eyebrow">Recommendation</p>
					<h2 id="result-title">{view.pending.title}</h2>
					<p>{view.pending.text}</p>
				</section>
			)}
			{view.conflicts.length > 0 && (
				<section className="conflicts" aria-labelledby="conflicts-title">
					<h3 id="conflicts-title">Answers that pull apart</h3>
					<ul>
						{view.conflicts.map((c) => (
							<li key={c.code} data-conflict={c.code}>
								<Code text={c.text} />
							</li>
						))}
					</ul>
				</section>
			)}
			<section aria-labelledby="others-title">
				<h3 id="others-title">{view.othersTitle}</h3>
				<ul className="standings">
					{view.others.map((s) => (
						<li key={s.id} data-standing={s.standing} data-type={s.id}>
							<span className={`badge ${STANDING_BADGE[s.standing]}`}>{STANDING_LABEL[s.standing]}</span> <a href={s.href}>{s.name}</a>:{' '}
							<Code text={s.text} />
						</li>
					))}
				</ul>
			</section>
			{view.answersLink && (
				<p className="muted">
					Link to these answers: <code>{view.answersLink}</code>
				</p>
			)}
		</div>
	);
}

// The decision wizard island: four radio groups, the live result, and the link state.
// The page arrives with the result for no answers already rendered (the view is built at build
// time); the engine (src/islands/wizard/live.ts) loads on the first answer, or at once for a link
// with answers. Rules and wording live in src/lib/wizard.
import { useEffect, useMemo, useState } from 'react';
import type { AnswerKey, Answers } from '../lib/wizard/answers';
import type { WizardQuestion } from '../lib/schemas/wizard';
import type { WizardTypeInfo, WizardView } from '../lib/wizard/view';
import { useWizardStore, wizardStore, wizardUrlBinding } from '../stores/wizard-store';
import { copyText, useUrlBinding } from './url-sync';
import { UrlNotices } from './shared/UrlNotices';
import { WizardResult } from './wizard/WizardResult';

interface Props {
	questions: WizardQuestion[];
	types: WizardTypeInfo[];
	/** The result view for no answers, built at build time. */
	initialView: WizardView;
}

type Live = typeof import('./wizard/live');
let liveModule: Promise<Live> | undefined;
/** Loads the engine once; starting early (on focus) makes the first answer instant. */
const loadLive = () => (liveModule ??= import('./wizard/live'));

export default function Wizard({ questions, types, initialView }: Props) {
	const answers = useWizardStore((s) => s.answers);
	const notices = useWizardStore((s) => s.notices);
	const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
	const [live, setLive] = useState<Live | null>(null);
	const [liveFailed, setLiveFailed] = useState(false);
	const ready = useUrlBinding(wizardStore, wizardUrlBinding);
	const answered = Object.keys(answers).length > 0;
	useEffect(() => {
		if (answered && !live)
			loadLive().then(setLive, () => {
				liveModule = undefined; // try again on the next answer
				setLiveFailed(true);
			});
	}, [answered, live]);
	const view = useMemo(() => (live && answered ? live.computeWizardView(answers, types) : initialView), [live, answered, answers, types, initialView]);
	const rec = view.recommended;

	const answer = <K extends AnswerKey>(key: K, value: Answers[K]) => {
		wizardStore.getState().setAnswer(key, value);
		setCopied('idle');
	};
	const startOver = () => {
		wizardStore.getState().reset();
		setCopied('idle');
	};
	const copyLink = async () => {
		const ok = await copyText(window.location.href);
		setCopied(ok ? 'copied' : 'failed');
	};

	return (
		<div className="wizard" data-hydrated={ready || undefined}>
			<UrlNotices notices={notices} />
			<p className="wizard-summary">
				{rec ? (
					<>
						So far: <a href="#result-title">{rec.shortName}</a>
					</>
				) : (
					<a href="#result-title">Go to the result</a>
				)}
			</p>
			<div className="wizard-grid">
				<form className="questions" aria-label="Questions about your app" onSubmit={(e) => e.preventDefault()} onFocus={() => void loadLive()}>
					{questions.map((q, qi) => {
						const skipped = answers[q.id] === undefined && view.notNeeded.includes(q.id);
						return (
							<fieldset key={q.id} className={skipped ? 'question skipped' : 'question'} aria-describedby={`${q.id}-help`}>
								<legend>
									<span className="qnum">{qi + 1}.</span> {q.prompt}
								</legend>
								<p id={`${q.id}-help`} className="help">
									{q.help}
									{skipped && <span className="badge">Not needed: your other answers already decide this.</span>}
								</p>
								{q.options.map((o) => {
									const id = `${q.id}-${o.value}`;
									return (
										<div key={o.value} className="option">
											<input
												type="radio"
												id={id}
												name={q.id}
												value={o.value}
												checked={answers[q.id] === o.value}
												onChange={() => answer(q.id, o.value as Answers[typeof q.id])}
												onPointerDown={() => void loadLive()}
												aria-describedby={`${id}-x`}
											/>
											<label htmlFor={id}>
												<span className="label">{o.label}</span>
												<span className="explanation" id={`${id}-x`}>
													{o.explanation}
												</span>
											</label>
										</div>
									);
								})}
							</fieldset>
						);
					})}
					<div className="actions">
						<button type="button" onClick={copyLink}>
							Copy link to these answers
						</button>
						<button type="button" className="secondary" onClick={startOver}>
							Start over
						</button>
						<span role="status" className="copy-status">
							{copied === 'copied' ? 'Link copied.' : copied === 'failed' ? 'Copy failed: copy the address bar instead.' : ''}
						</span>
					</div>
				</form>
				<div className="result-panel" aria-busy={answered && !live ? true : undefined} data-live={ready && (!answered || live || liveFailed) ? '' : undefined}>
					{liveFailed && !live && (
						<p className="notice bad" role="alert">
							The recommendation could not be loaded. Check the connection and answer again, or use the step-by-step decision pages.
						</p>
					)}
					<p className="visually-hidden" aria-live="polite" aria-atomic="true">
						{view.announcement}
					</p>
					<WizardResult view={view} />
				</div>
			</div>
		</div>
	);
}

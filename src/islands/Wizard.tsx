// The decision wizard island: four radio groups, the live result, and the link state.
// Rules live in src/lib/wizard; this file wires the store, the URL and the result together.
import { useMemo, useState } from 'react';
// Specific modules, not the lib/wizard index: the index also exports the zod-based question
// loader, which the browser does not need.
import type { AnswerKey, Answers } from '../lib/wizard/answers';
import { describeResultAnnouncement } from '../lib/wizard/messages';
import { recommendClientType } from '../lib/wizard/recommend';
import type { WizardQuestion } from '../lib/schemas';
import { useWizardStore, wizardStore, wizardUrlBinding } from '../stores/wizard-store';
import { copyText, useUrlBinding } from './url-sync';
import { UrlNotices } from './shared/UrlNotices';
import type { WizardTypeInfo } from '../lib/wizard/view';
import { WizardResult } from './wizard/WizardResult';

interface Props {
	questions: WizardQuestion[];
	types: WizardTypeInfo[];
}

export default function Wizard({ questions, types }: Props) {
	const answers = useWizardStore((s) => s.answers);
	const notices = useWizardStore((s) => s.notices);
	const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
	const ready = useUrlBinding(wizardStore, wizardUrlBinding);
	const result = useMemo(() => recommendClientType(answers), [answers]);
	const rec = types.find((t) => t.id === result.recommended);
	const announcement = describeResultAnnouncement(result, rec?.shortName);

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
				<form className="questions" aria-label="Questions about your app" onSubmit={(e) => e.preventDefault()}>
					{questions.map((q, qi) => {
						const skipped = answers[q.id] === undefined && !result.pending.includes(q.id) && result.answered.length > 0;
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
				<div className="result-panel">
					<p className="visually-hidden" aria-live="polite" aria-atomic="true">
						{announcement}
					</p>
					<WizardResult result={result} types={types} answers={answers} />
				</div>
			</div>
		</div>
	);
}

// One checklist step: tick box labelled by its title, anchor link, body, console fields, ready
// commands, SDK code, limits and pitfalls, sources. Commands and code are text in <pre><code>.
import { useMemo } from 'react';
import { fillHighlight } from '../../lib/checklists/highlight';
import type { HighlightedPiece, HighlightSegment } from '../../lib/checklists/highlight';
import type { ChecklistCode, ChecklistCommand, ChecklistField, ChecklistStepResult } from '../../lib/checklists';
import { Prose, Inline } from './Prose';
import { Claims, Sources } from './Sources';
import { copyButtonLabel, sdkCodeName, stepLinkLabel } from '../../lib/checklists/messages';

interface Props {
	step: ChecklistStepResult;
	ticked: boolean;
	onTick: (on: boolean) => void;
	/** Copies text; `what` names it in the status message. */
	onCopy: (text: string, what: string) => void;
	/** Build-time highlighting of this step's SDK snippet, if any. */
	highlight?: HighlightSegment[] | undefined;
}

function Fields({ fields }: { fields: ChecklistField[] }) {
	return (
		<>
			<h4>Fields to fill in</h4>
			<dl className="cl-fields">
				{fields.map((f) => (
					<div key={f.id} data-field={f.id}>
						<dt>
							{f.label} <span className={f.required ? 'badge' : 'badge warn'}>{f.required ? 'required' : 'disputed'}</span>
						</dt>
						<dd>
							<Inline text={f.value} />
							{f.disputed.length > 0 && (
								<>
									<p>Sources disagree on whether the console asks for it:</p>
									<Claims claims={f.disputed} />
								</>
							)}
							<Sources urls={f.sources} />
						</dd>
					</div>
				))}
			</dl>
		</>
	);
}

/** A block of code or a command with its copy button; scrolls sideways when lines are long. */
function CodeBlock({
	label,
	text,
	onCopy,
	what,
	pieces,
}: {
	label: string;
	text: string;
	onCopy: Props['onCopy'];
	what: string;
	/** Highlighted pieces whose text joins to `text`; plain text when absent. */
	pieces?: HighlightedPiece[] | null;
}) {
	return (
		<div className="cl-code">
			<div className="cl-code-head">
				<span className="cl-code-label">
					<Inline text={label} />
				</span>
				<button type="button" className="secondary small no-print" onClick={() => onCopy(text, what)} aria-label={copyButtonLabel(what, label)}>
					Copy
				</button>
			</div>
			<pre tabIndex={0} aria-label={label} className={pieces ? 'astro-code' : undefined}>
				<code>{pieces ? pieces.map((p, i) => (p.className ? <span key={i} className={p.className}>{p.text}</span> : p.text)) : text}</code>
			</pre>
		</div>
	);
}

function Commands({ commands, onCopy }: { commands: ChecklistCommand[]; onCopy: Props['onCopy'] }) {
	return (
		<>
			<h4>{commands.length === 1 ? 'Command' : 'Commands'}</h4>
			{commands.map((c, i) => (
				<div key={i} data-command={c.kind}>
					<CodeBlock label={c.label} text={c.text} onCopy={onCopy} what={c.kind === 'url' ? 'URL' : 'command'} />
					{c.note && (
						<p className="cl-note">
							<Inline text={c.note} />
						</p>
					)}
				</div>
			))}
		</>
	);
}

function SdkCode({ code, onCopy, highlight }: { code: ChecklistCode; onCopy: Props['onCopy']; highlight?: HighlightSegment[] | undefined }) {
	const pieces = useMemo(() => (highlight ? fillHighlight(highlight, code.text) : null), [highlight, code.text]);
	return (
		<div data-sdk-code={code.lang}>
			<h4>
				{code.langName} code <span className="cl-muted">({code.sdk})</span>
				{code.confidence !== 'documented' && <span className="badge warn">{code.confidence}</span>}
			</h4>
			<CodeBlock label={code.title} text={code.text} onCopy={onCopy} what={sdkCodeName(code.langName)} pieces={pieces} />
			{code.notes.map((n, i) => (
				<p key={i} className="cl-note">
					<Inline text={n} />
				</p>
			))}
			<Sources urls={code.sources} />
		</div>
	);
}

export function StepCard({ step, ticked, onTick, onCopy, highlight }: Props) {
	const boxId = `done-${step.id}`;
	const hasLimits = step.facts.length > 0 || step.notes.length > 0;
	return (
		<li id={step.id} className={ticked ? 'cl-step ticked' : 'cl-step'} data-step={step.id} data-ticked={ticked || undefined}>
			<div className="cl-step-head">
				<input type="checkbox" id={boxId} checked={ticked} onChange={(e) => onTick(e.currentTarget.checked)} />
				<h3>
					<label htmlFor={boxId}>{step.title}</label>
				</h3>
				<span className="cl-step-tags">
					{step.optional && <span className="badge">optional</span>}
					{step.confidence !== 'documented' && <span className="badge warn">{step.confidence}</span>}
					<a className="cl-anchor no-print" href={`#${step.id}`} aria-label={stepLinkLabel(step.title)}>
						#
					</a>
				</span>
			</div>
			<div className="cl-step-body">
				<Prose text={step.body} />
				{step.fields && step.fields.length > 0 && <Fields fields={step.fields} />}
				{step.commands.length > 0 && <Commands commands={step.commands} onCopy={onCopy} />}
				{step.code && <SdkCode code={step.code} onCopy={onCopy} highlight={highlight} />}
				{hasLimits && (
					<>
						<h4>Limits and pitfalls</h4>
						<ul className="cl-limits">
							{step.facts.map((f) => (
								<li key={f.id} data-fact={f.id} data-disputed={f.disputed || undefined}>
									<p className="cl-fact-title">
										{f.kind === 'error' ? <code>{f.title}</code> : <strong>{f.title}</strong>} <span className="badge">{f.kind}</span>
									</p>
									<Claims claims={f.claims} />
									{f.fix && (
										<p>
											Fix: <Inline text={f.fix} />
										</p>
									)}
								</li>
							))}
							{step.notes.map((n, i) => (
								<li key={`note-${i}`} data-disputed={n.claims.length > 1 || undefined}>
									<p>
										<Inline text={n.text} />
									</p>
									{n.claims.length > 0 ? <Claims claims={n.claims} /> : <Sources urls={n.sources} />}
								</li>
							))}
						</ul>
					</>
				)}
				<Sources urls={step.sources} label="Step sources" />
			</div>
		</li>
	);
}

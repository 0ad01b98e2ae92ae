// The setup checklist island: choices form, the generated checklist grouped by phase, tick-off
// progress saved in this browser, and Markdown export / print. Rules and wording live in
// src/lib/checklists; this file wires the store, the URL, storage and the page together.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
	checklistKey,
	checklistWarningMessage,
	describeActionStatus,
	describeProgressNotice,
	generateChecklist,
	markdownExportName,
	type ChecklistActionStatus,
	renderChecklistMarkdown,
	renderEnvTemplate,
	sdkConfigBlock,
} from '../lib/checklists';
import type { ChecklistUrlState } from '../lib/schemas';
import { routes } from '../routes';
import { DEFAULT_DC, DEFAULT_LANG, checklistStore, checklistUrlBinding, useChecklistStore } from '../stores/checklist-store';
import { asChecklistData, type ChecklistContent } from '../lib/checklists/view';
import { ChoicesForm } from './checklist/ChoicesForm';
import { Inline } from './checklist/Prose';
import { Claims } from './checklist/Sources';
import { StepCard } from './checklist/StepCard';
import { UrlNotices } from './shared/UrlNotices';
import { copyText, useUrlBinding } from './url-sync';

interface Props {
	content: ChecklistContent;
	/** Canonical URL of the checklist page, e.g. `https://…/checklist/`; printed with the choices on handouts. */
	pageUrl?: string;
}

/** Saves text as a file through a temporary object URL. */
function download(text: string, filename: string, type = 'text/markdown;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function Checklist({ content, pageUrl }: Props) {
	const choices = useChecklistStore((s) => s.choices);
	const clientId = useChecklistStore((s) => s.clientId);
	const ticked = useChecklistStore((s) => s.ticked);
	const notices = useChecklistStore((s) => s.notices);
	const progressNotice = useChecklistStore((s) => s.progressNotice);
	const [status, setStatus] = useState<ChecklistActionStatus | null>(null);

	useEffect(() => checklistStore.getState().loadProgress(), []);
	const ready = useUrlBinding(checklistStore, checklistUrlBinding);

	const data = useMemo(() => asChecklistData(content), [content]);
	const type = choices.clientType;
	const dc = choices.dc ?? DEFAULT_DC;
	const lang = choices.lang ?? DEFAULT_LANG;
	const scopes = choices.scopes ?? '';
	const checklist = useMemo(
		() =>
			type
				? generateChecklist({ clientType: type, dataCenter: dc, scopes, lang, clientId: clientId.trim() || undefined }, data)
				: null,
		[type, dc, scopes, lang, clientId, data],
	);
	const key = type ? checklistKey({ clientType: type, dc, lang }) : '';
	const done = useMemo(() => new Set(key ? (ticked[key] ?? []) : []), [ticked, key]);
	const doneCount = checklist ? checklist.steps.filter((s) => done.has(s.id)).length : 0;

	// A link to `#step-id` points at a step that only exists once the URL has been read: scroll once.
	const scrolled = useRef(false);
	useEffect(() => {
		if (!ready || scrolled.current) return;
		scrolled.current = true;
		const id = decodeURIComponent(window.location.hash.slice(1));
		if (id) document.getElementById(id)?.scrollIntoView();
	}, [ready]);

	const choose = <K extends keyof ChecklistUrlState>(k: K, v: ChecklistUrlState[K]) => {
		checklistStore.getState().setChoice(k, v);
		setStatus(null);
	};
	const markdown = () => (checklist ? renderChecklistMarkdown(checklist, done) : '');
	const copy = async (text: string, what: string) => {
		const ok = await copyText(text);
		setStatus({ code: ok ? 'copied' : 'copy_failed', what });
	};
	const exportMarkdown = () => {
		if (!checklist) return;
		const name = markdownExportName(checklist.clientType.id, checklist.dataCenter.id, lang);
		try {
			download(markdown(), name);
			setStatus({ code: 'downloaded', file: name });
		} catch {
			setStatus({ code: 'markdown_download_failed' });
		}
	};

	const exportEnv = () => {
		if (!checklist) return;
		try {
			download(renderEnvTemplate(checklist, clientId ? { clientId } : {}), 'zoho-oauth.env', 'text/plain;charset=utf-8');
			setStatus({ code: 'env_downloaded' });
		} catch {
			setStatus({ code: 'env_download_failed' });
		}
	};
	const sdk = checklist ? sdkConfigBlock(checklist) : undefined;

	return (
		<div className="checklist" data-hydrated={ready || undefined} data-client-type={type}>
			<UrlNotices notices={notices} />
			{progressNotice && (
				<div className="notice" role="status" data-progress-notice={progressNotice}>
					<p>{describeProgressNotice(progressNotice)}</p>
					<button type="button" className="secondary small no-print" onClick={() => checklistStore.getState().dismissProgressNotice()}>
						Dismiss
					</button>
				</div>
			)}
			<ChoicesForm
				clientTypes={content.clientTypes}
				dataCenters={content.dataCenters}
				type={type}
				dc={dc}
				scopes={scopes}
				lang={lang}
				clientId={clientId}
				onType={(v) => choose('clientType', v)}
				onDc={(v) => choose('dc', v)}
				onScopes={(v) => choose('scopes', v)}
				onLang={(v) => choose('lang', v)}
				onClientId={(v) => checklistStore.getState().setClientId(v)}
			/>
			<p role="status" className="cl-status no-print" aria-atomic="true">
				{status ? describeActionStatus(status) : ''}
			</p>
			{!checklist ? (
				<div className="notice info" data-prompt>
					<p>
						Choose a client type above to see its setup steps. Not sure which one you need?{' '}
						<a href={routes.wizard()}>Answer four questions in the wizard</a>.
					</p>
				</div>
			) : (
				<>
					<section className="cl-summary" aria-label="Summary">
						<p className="cl-title">{checklist.title}</p>
						{pageUrl && (
							<p className="print-only" data-print-url>
								This checklist: <span className="print-url">{new URL(routes.checklist(choices), pageUrl).href}</span>
							</p>
						)}
						<dl className="cl-facts">
							<div>
								<dt>Client type</dt>
								<dd>{checklist.clientType.name}</dd>
							</div>
							<div>
								<dt>Accounts server</dt>
								<dd>
									<code data-accounts-server>{checklist.dataCenter.accountsServer}</code>
								</dd>
							</div>
							<div>
								<dt>API domain</dt>
								<dd>
									<code data-api-domain>{checklist.dataCenter.apiDomain}</code>
								</dd>
							</div>
							<div>
								<dt>API Console</dt>
								<dd>
									<code>{checklist.dataCenter.consoleUrl}</code>
								</dd>
							</div>
							<div>
								<dt>Scopes</dt>
								<dd>
									<code data-scopes>{checklist.scopes}</code>
								</dd>
							</div>
							{checklist.lang && (
								<div className="cl-wide">
									<dt>SDK</dt>
									<dd>
										{checklist.lang.sdk}
										{checklist.lang.install && (
											<>
												{' '}
												— <code>{checklist.lang.install}</code>
											</>
										)}
									</dd>
								</div>
							)}
						</dl>
						{checklist.dataCenter.disputed.length > 0 && (
							<div className="cl-dc-disputed">
								<p>Other values sources give for this data center:</p>
								<Claims claims={checklist.dataCenter.disputed} />
							</div>
						)}
						<p className="cl-progress">
							<strong data-progress>
								{doneCount} of {checklist.steps.length} steps done
							</strong>
						</p>
						<div className="cl-actions no-print">
							<button type="button" onClick={exportMarkdown}>
								Download Markdown
							</button>
							<button type="button" className="secondary" onClick={() => void copy(markdown(), 'Markdown')}>
								Copy Markdown
							</button>
							<button type="button" className="secondary" onClick={exportEnv}>
								Download .env template
							</button>
							{sdk && (
								<button type="button" className="secondary" onClick={() => void copy(sdk.text, 'SDK configuration')}>
									Copy SDK configuration
								</button>
							)}
							<button type="button" className="secondary" onClick={() => window.print()}>
								Print
							</button>
						</div>
					</section>
					{checklist.warnings.length > 0 && (
						<div className="notice" data-warnings>
							<p>Check before you start:</p>
							<ul>
								{checklist.warnings.map((w, i) => (
									<li key={i}>
										<Inline text={checklistWarningMessage(w)} />
									</li>
								))}
							</ul>
						</div>
					)}
					{checklist.phases.map((phase) => (
						<section key={phase.id} className="cl-phase" aria-labelledby={`phase-${phase.id}`} data-phase={phase.id}>
							<h2 id={`phase-${phase.id}`}>{phase.title}</h2>
							<ol className="cl-steps">
								{checklist.steps
									.filter((s) => s.phase === phase.id)
									.map((step) => (
										<StepCard
											key={step.id}
											step={step}
											ticked={done.has(step.id)}
											onTick={(on) => checklistStore.getState().tick(key, step.id, on)}
											onCopy={(text, what) => void copy(text, what)}
											highlight={step.code ? content.highlights?.[`${step.code.lang}/${step.code.snippetId}`] : undefined}
										/>
									))}
							</ol>
						</section>
					))}
				</>
			)}
		</div>
	);
}

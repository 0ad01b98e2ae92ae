// The checklist itself, loaded once a client type is chosen (src/islands/Checklist.tsx loads this
// module and the content in /data/checklist.json): the generator, the steps, and the exports
// (Markdown, .env, SDK configuration, print). Rules and wording live in src/lib/checklists.
import { useEffect, useMemo, useState } from 'react';
import {
	checklistKey,
	checklistWarningMessage,
	describeActionStatus,
	generateChecklist,
	markdownExportName,
	renderChecklistMarkdown,
	renderEnvTemplate,
	sdkConfigBlock,
	type ChecklistActionStatus,
} from '../../lib/checklists';
import { asChecklistData, type ChecklistContent } from '../../lib/checklists/view';
import type { ChecklistUrlState, ClientTypeId, DataCenterId, SdkLang } from '../../lib/schemas';
import { routes } from '../../routes';
import { loadProgress, tickStep } from '../../stores/checklist-progress';
import { useChecklistStore } from '../../stores/checklist-store';
import { copyText } from '../url-sync';
import { Inline } from './Prose';
import { Claims } from './Sources';
import { StepCard } from './StepCard';

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

let contentRequest: Promise<ChecklistContent> | undefined;

/** The checklist content, fetched once from the site itself (same origin); a failed fetch can be retried. */
export function loadChecklistContent(url: string): Promise<ChecklistContent> {
	contentRequest ??= fetch(url, { credentials: 'same-origin' }).then((r) => {
		if (!r.ok) throw new Error(`HTTP ${r.status}`);
		return r.json() as Promise<ChecklistContent>;
	});
	contentRequest.catch(() => {
		contentRequest = undefined;
	});
	return contentRequest;
}

/** The composer link for the scopes typed so far. */
export const scopesHref = (scopes: string) => routes.scopes(scopes);

interface Props {
	content: ChecklistContent;
	choices: ChecklistUrlState & { clientType: ClientTypeId; dc: DataCenterId; lang: SdkLang };
	/** The page's canonical URL, for the printed address. */
	pageUrl?: string | undefined;
}

export function ChecklistBody({ content, choices, pageUrl }: Props) {
	const clientId = useChecklistStore((s) => s.clientId);
	const ticked = useChecklistStore((s) => s.ticked);
	const [status, setStatus] = useState<ChecklistActionStatus | null>(null);
	useEffect(() => loadProgress(), []);
	const data = useMemo(() => asChecklistData(content), [content]);
	const { clientType: type, dc, lang } = choices;
	const scopes = choices.scopes ?? '';
	const checklist = useMemo(
		() => generateChecklist({ clientType: type, dataCenter: dc, scopes, lang, clientId: clientId.trim() || undefined }, data),
		[type, dc, scopes, lang, clientId, data],
	);
	const key = checklistKey({ clientType: type, dc, lang });
	const done = useMemo(() => new Set(ticked[key] ?? []), [ticked, key]);
	const doneCount = checklist.steps.filter((s) => done.has(s.id)).length;

	const markdown = () => renderChecklistMarkdown(checklist, done);
	const copy = async (text: string, what: string) => {
		const ok = await copyText(text);
		setStatus({ code: ok ? 'copied' : 'copy_failed', what });
	};
	const exportMarkdown = () => {
		const name = markdownExportName(checklist.clientType.id, checklist.dataCenter.id, lang);
		try {
			download(markdown(), name);
			setStatus({ code: 'downloaded', file: name });
		} catch {
			setStatus({ code: 'markdown_download_failed' });
		}
	};
	const exportEnv = () => {
		try {
			download(renderEnvTemplate(checklist, clientId ? { clientId } : {}), 'zoho-oauth.env', 'text/plain;charset=utf-8');
			setStatus({ code: 'env_downloaded' });
		} catch {
			setStatus({ code: 'env_download_failed' });
		}
	};
	const sdk = sdkConfigBlock(checklist);

	return (
		<>
			<p role="status" className="cl-status no-print" aria-atomic="true">
				{status ? describeActionStatus(status) : ''}
			</p>
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
									onTick={(on) => tickStep(key, step.id, on)}
									onCopy={(text, what) => void copy(text, what)}
									highlight={step.code ? content.highlights?.[`${step.code.lang}/${step.code.snippetId}`] : undefined}
								/>
							))}
					</ol>
				</section>
			))}
		</>
	);
}

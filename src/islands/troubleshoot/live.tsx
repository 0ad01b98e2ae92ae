// What the troubleshooter loads on first use (the first focus, keystroke or paste in its form, or at
// once for a page opened from a link): the engine, its wording, the cause cards and the routes, and
// their data — /data/troubleshoot.json (rules, vocabulary, cues, facts, names) and the composer's
// scope and endpoint files. src/islands/Troubleshooter.tsx is the shell that loads it; rules and
// wording live in src/lib/troubleshoot.
import {
	describeCopyResult,
	describeFindings,
	describeMissing,
	describeSecretWarning,
	describeStatus,
	diagnose,
	redactSecrets,
	type Diagnosis,
	type MessageContext,
	type TroubleshootData,
	type TroubleshootDataFile,
} from '../../lib/troubleshoot';
import { routes } from '../../routes';
import { loadEndpointData, loadScopeData } from '../composer/use-catalog';
import { Code } from '../shared/Code';
import { copyText } from '../url-sync';
import { CauseCard } from './CauseCard';

export { describeSecretWarning, diagnose, redactSecrets };

/** The engine's data, ready to diagnose with. */
export interface TroubleshootEngine {
	/** Rules, vocabulary, cues, facts, data centers, and the catalog when it loaded. */
	data: TroubleshootData;
	names: MessageContext;
	/** The scope and endpoint catalog could not be loaded: endpoints and scopes are not checked. */
	catalogFailed: boolean;
}

let request: Promise<TroubleshootEngine> | undefined;

/**
 * Fetches the data once (same origin); a failed fetch of /data/troubleshoot.json can be retried.
 * Without the catalog the engine still runs, and says so.
 */
export function loadTroubleshootEngine(): Promise<TroubleshootEngine> {
	request ??= Promise.all([
		fetch(routes.troubleshootData(), { credentials: 'same-origin' }).then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.json() as Promise<TroubleshootDataFile>;
		}),
		Promise.all([loadScopeData(), loadEndpointData()]).catch(() => null),
	]).then(([{ data, names }, catalog]) => ({
		data: { ...data, endpoints: catalog?.[1].endpoints, index: catalog?.[0].index ?? null },
		names,
		catalogFailed: catalog === null,
	}));
	request.catch(() => {
		request = undefined;
	});
	return request;
}

/** Forgets the loaded data (tests). */
export function resetTroubleshootEngine(): void {
	request = undefined;
}

interface ResultsProps {
	diagnosis: Diagnosis;
	engine: TroubleshootEngine;
	/** The outcome of the last "Copy link", or null. */
	copied: boolean | null;
	onCopied: (ok: boolean) => void;
}

/** The diagnosis below "Likely causes": what was found, what would help, the causes, the link to share. */
export function TroubleshootResults({ diagnosis, engine: { data, names }, copied, onCopied }: ResultsProps) {
	const findings = describeFindings(diagnosis.signals, names);
	const notice = describeStatus(diagnosis);
	const shareUrl = routes.troubleshoot(diagnosis.share);
	const copyLink = async () => onCopied(await copyText(new URL(shareUrl, window.location.origin).href));
	return (
		<>
			{findings.length > 0 && (
				<div className="findings">
					<h3>What was found</h3>
					<dl>
						{findings.map((f, i) => (
							<div key={i}>
								<dt>{f.label}</dt>
								<dd>
									<Code text={f.value} />
								</dd>
							</div>
						))}
					</dl>
				</div>
			)}
			{notice && (
				<div className="notice" data-not-recognised>
					<p>{notice}</p>
					<ul>
						{describeMissing(diagnosis.missing).map((m, i) => (
							<li key={i} data-missing={diagnosis.missing[i]}>
								<Code text={m} />
							</li>
						))}
					</ul>
				</div>
			)}
			<ol className="causes">
				{diagnosis.causes.map((c, i) => (
					<CauseCard key={c.id} cause={c} rank={i} data={data} names={names} />
				))}
			</ol>
			<div className="share">
				<h3>Share this diagnosis</h3>
				<p className="muted">The link holds only the error code, endpoint, scopes and data center — never the pasted text.</p>
				<p>
					<code className="share-url" data-share-url>
						{shareUrl}
					</code>
				</p>
				<button type="button" onClick={copyLink}>
					Copy link
				</button>{' '}
				<span role="status">{copied === null ? '' : describeCopyResult(copied)}</span>
			</div>
		</>
	);
}

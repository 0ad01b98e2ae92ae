// The troubleshooter island: paste anything (a JSON body, a stack trace, a log, a curl command, a
// sentence), get ranked likely causes with the lines that support them, how to confirm, the fix and
// links. The paste never leaves memory: not in the URL, not in storage, not sent anywhere. The link
// (`?error=&endpoint=&s=&dc=`) holds only the non-secret fields. All wording comes from
// src/lib/troubleshoot/messages.ts; this file only renders it.
import { useMemo, useState } from 'react';
import {
	describeCopyResult,
	describeFindings,
	describeMissing,
	describeSecretWarning,
	describeStatus,
	diagnose,
	redactSecrets,
	type MessageContext,
	type TroubleshootData,
} from '../lib/troubleshoot';
import { troubleshootStore, troubleshootUrlBinding, useTroubleshootStore } from '../stores/troubleshoot-store';
import { useCatalog } from './composer/use-catalog';
import { Code } from './shared/Code';
import { UrlNotices } from './shared/UrlNotices';
import { CauseCard } from './troubleshoot/CauseCard';
import { routes } from '../routes';
import { copyText, useUrlBinding } from './url-sync';
import { wordUrlNotices } from '../lib/url-state/messages';

export interface TroubleshooterProps {
	/** Rules, vocabulary, cues, facts and data centers (the catalog is loaded on the page). */
	data: TroubleshootData;
	/** Names the wording uses: data centers, client types, checklist steps. */
	names: MessageContext;
}

const MAX_PASTE = 50_000;

export default function Troubleshooter({ data, names }: TroubleshooterProps) {
	const { catalog, error: catalogError } = useCatalog();
	const ready = useUrlBinding(troubleshootStore, troubleshootUrlBinding);
	const paste = useTroubleshootStore((s) => s.paste);
	const error = useTroubleshootStore((s) => s.error);
	const endpoint = useTroubleshootStore((s) => s.endpoint);
	const scopes = useTroubleshootStore((s) => s.scopes);
	const dc = useTroubleshootStore((s) => s.dc);
	const notices = useTroubleshootStore((s) => s.notices);
	const [status, setStatus] = useState('');

	const full = useMemo(() => ({ ...data, endpoints: catalog?.endpoints, index: catalog?.index ?? null }), [data, catalog]);
	const diagnosis = useMemo(() => diagnose({ paste, error, endpoint, scopes, dc }, full), [paste, error, endpoint, scopes, dc, full]);
	const secretKinds = [...new Set(diagnosis.secrets.map((s) => s.kind))];
	const findings = describeFindings(diagnosis.signals, names);
	const notice = describeStatus(diagnosis);

	const setField = (key: 'error' | 'endpoint' | 'scopes' | 'dc', value: string) => {
		troubleshootStore.getState().setField(key, value);
		setStatus('');
	};
	const shareUrl = routes.troubleshoot(diagnosis.share);
	const copyLink = async () => setStatus(describeCopyResult(await copyText(new URL(shareUrl, window.location.origin).href)));
	const redact = () => {
		troubleshootStore.getState().setPaste(redactSecrets(paste));
		setStatus('');
	};
	const hydrated = ready && (catalog !== null || catalogError);

	return (
		<div className="troubleshooter" data-hydrated={hydrated || undefined}>
			<UrlNotices notices={wordUrlNotices(notices)} />
			<section className="panel" aria-labelledby="ts-input-title">
				<h2 id="ts-input-title">What you have</h2>
				<label htmlFor="ts-paste" className="field-label">
					Paste the error, the request, a log or stack trace, the scopes — any mix{' '}
					<span className="muted">(stays in this tab: never stored, never in the link, never sent)</span>
				</label>
				<textarea
					id="ts-paste"
					rows={8}
					spellCheck={false}
					autoComplete="off"
					maxLength={MAX_PASTE}
					value={paste}
					onChange={(e) => troubleshootStore.getState().setPaste(e.target.value)}
					aria-describedby={secretKinds.length > 0 ? 'ts-secret-warning' : undefined}
					placeholder={'{"code":"OAUTH_SCOPE_MISMATCH","status":"error",…}\ncurl https://www.zohoapis.com/crm/v8/Leads …\ncom.zoho.crm.api.exception.SDKException …'}
				/>
				{secretKinds.length > 0 && (
					<div id="ts-secret-warning" className="notice bad" role="alert" data-secret-warning>
						<p>
							<Code text={describeSecretWarning(secretKinds)} />
						</p>
						<button type="button" onClick={redact}>
							Replace the secrets with [redacted]
						</button>
					</div>
				)}
				<fieldset className="ts-fields">
					<legend>Details for the link (optional; no secrets go here)</legend>
					<label className="field">
						<span className="field-label">Error code</span>
						<input type="text" value={error} onChange={(e) => setField('error', e.target.value)} placeholder="OAUTH_SCOPE_MISMATCH" spellCheck={false} />
					</label>
					<label className="field">
						<span className="field-label">Endpoint called</span>
						<input type="text" value={endpoint} onChange={(e) => setField('endpoint', e.target.value)} placeholder="GET /crm/v8/Leads" spellCheck={false} />
					</label>
					<label className="field wide">
						<span className="field-label">Scopes the token was made with</span>
						<input type="text" value={scopes} onChange={(e) => setField('scopes', e.target.value)} placeholder="ZohoCRM.users.READ,ZohoCRM.org.READ" spellCheck={false} />
					</label>
					<label className="field">
						<span className="field-label">Data center of the account</span>
						<select value={dc} onChange={(e) => setField('dc', e.target.value)}>
							<option value="">Not known</option>
							{data.dataCenters.map((d) => (
								<option key={d.id} value={d.id}>
									{d.name} ({d.id})
								</option>
							))}
						</select>
					</label>
				</fieldset>
				{diagnosis.secretInFields && (
					<p className="notice bad" role="alert" data-secret-warning>
						A field looks like it holds a token or secret; that value is left out of the link.
					</p>
				)}
				{catalogError && (
					<p className="notice" role="status">
						The endpoints and scopes catalog could not be loaded, so endpoints and scopes are not checked. Reload to try again.
					</p>
				)}
			</section>

			<section className="ts-results" aria-labelledby="ts-results-title" aria-live="polite">
				<h2 id="ts-results-title">Likely causes</h2>
				{diagnosis.status === 'empty' ? (
					<p className="muted">Paste something above, or fill in a detail, to see the likely causes.</p>
				) : (
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
							<span role="status">{status}</span>
						</div>
					</>
				)}
			</section>
		</div>
	);
}

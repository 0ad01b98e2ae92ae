// The troubleshooter island: paste anything, get ranked likely causes with evidence, how to
// confirm, the fix and links. The paste never leaves memory: not in the URL, not in storage, not
// sent anywhere. The link (`?error=&endpoint=&s=&dc=`) holds only the non-secret fields.
import { useMemo, useState } from 'react';
import type { TroubleshootCause } from '../lib/schemas';
import { diagnose, redactSecrets, SECRET_LABELS, type TroubleshootDataCenter, type TroubleshootFact } from '../lib/troubleshoot';
import { troubleshootStore, troubleshootUrlBinding, useTroubleshootStore } from '../stores/troubleshoot-store';
import { useCatalog } from './composer/use-catalog';
import { Code } from './shared/Code';
import { UrlNotices } from './shared/UrlNotices';
import { CauseCard } from './troubleshoot/CauseCard';
import { routes } from '../routes';
import { copyText, useUrlBinding } from './url-sync';
import { wordUrlNotices } from '../lib/url-state/messages';

export interface TroubleshooterProps {
	causes: TroubleshootCause[];
	facts: TroubleshootFact[];
	dataCenters: TroubleshootDataCenter[];
	stepTitles: Record<string, string>;
	clientTypeNames: Record<string, string>;
}

const MAX_PASTE = 50_000;

export default function Troubleshooter(props: TroubleshooterProps) {
	const { catalog, error: catalogError } = useCatalog();
	const ready = useUrlBinding(troubleshootStore, troubleshootUrlBinding);
	const paste = useTroubleshootStore((s) => s.paste);
	const error = useTroubleshootStore((s) => s.error);
	const endpoint = useTroubleshootStore((s) => s.endpoint);
	const scopes = useTroubleshootStore((s) => s.scopes);
	const dc = useTroubleshootStore((s) => s.dc);
	const notices = useTroubleshootStore((s) => s.notices);
	const [status, setStatus] = useState('');

	const diagnosis = useMemo(
		() =>
			diagnose(
				{ paste, error, endpoint, scopes, dc },
				{ ...props, endpoints: catalog?.endpoints, index: catalog?.index ?? null },
			),
		[paste, error, endpoint, scopes, dc, props, catalog],
	);
	const secretKinds = [...new Set(diagnosis.secrets.map((s) => s.kind))];

	const setField = (key: 'error' | 'endpoint' | 'scopes' | 'dc', value: string) => {
		troubleshootStore.getState().setField(key, value);
		setStatus('');
	};
	const shareUrl = routes.troubleshoot(diagnosis.share);
	const copyLink = async () => {
		const ok = await copyText(new URL(shareUrl, window.location.origin).href);
		setStatus(ok ? 'Link copied. It holds no pasted text and no secret.' : 'Copy failed: select the link and copy it by hand.');
	};
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
					Paste the error, the request, the scopes — any mix{' '}
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
					placeholder={'{"code":"OAUTH_SCOPE_MISMATCH","status":"error",…}\ncurl https://www.zohoapis.com/crm/v8/Leads …\nZohoCRM.users.READ'}
				/>
				{secretKinds.length > 0 && (
					<div id="ts-secret-warning" className="notice bad" role="alert" data-secret-warning>
						<p>
							<strong>This looks like it contains a secret:</strong>{' '}
							<Code text={secretKinds.map((k) => SECRET_LABELS[k]).join(', ')} />. It stays in this tab and is never put in the
							link, but do not paste it into tickets or chats: revoke it if it was shared.
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
							{props.dataCenters.map((d) => (
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
						{diagnosis.findings.length > 0 && (
							<div className="findings">
								<h3>What was found</h3>
								<dl>
									{diagnosis.findings.map((f, i) => (
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
						{diagnosis.status === 'not-recognised' && (
							<p className="notice" data-not-recognised>
								Not recognised: nothing here matches an error this page knows, so it does not guess. Start with the general
								checks below.
							</p>
						)}
						<ol className="causes">
							{diagnosis.causes.map((c, i) => (
								<CauseCard key={c.id} cause={c} rank={i} />
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

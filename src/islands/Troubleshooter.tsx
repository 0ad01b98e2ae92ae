// The troubleshooter island: paste anything (a JSON body, a stack trace, a log, a curl command, a
// sentence), get ranked likely causes with the lines that support them, how to confirm, the fix and
// links. The paste never leaves memory: not in the URL, not in storage, not sent anywhere. The link
// (`?error=&endpoint=&s=&dc=`) holds only the non-secret fields.
//
// This is the shell the page hydrates: the form and the "Likely causes" frame. The engine and its
// data (./troubleshoot/live) load on the first focus, keystroke or paste in the form, or at once for
// a page opened from a link, and the diagnosis renders in the space kept for it below the form, so
// nothing above moves. All wording comes from src/lib/troubleshoot/messages.ts.
import { useEffect, useMemo, useState } from 'react';
import { troubleshootStore, troubleshootUrlBinding, useTroubleshootStore } from '../stores/troubleshoot-store';
import { Code } from './shared/Code';
import { UrlNotices } from './shared/UrlNotices';
import { useUrlBinding } from './url-sync';
import { DataCenterOptions } from './shared/DataCenterOptions';

interface Props {
	/** The data centers for the select: id and name. */
	dataCenters: readonly { id: string; name: string }[];
}

type Live = typeof import('./troubleshoot/live');
type Loaded = { live: Live; engine: Awaited<ReturnType<Live['loadTroubleshootEngine']>> };
let liveModule: Promise<Live> | undefined;
/** Loads the engine and its data (each once); starting early (on focus) makes the first diagnosis instant. */
const loadLive = async (): Promise<Loaded> => {
	const live = await (liveModule ??= import('./troubleshoot/live'));
	return { live, engine: await live.loadTroubleshootEngine() };
};

const MAX_PASTE = 50_000;

export default function Troubleshooter({ dataCenters }: Props) {
	const ready = useUrlBinding(troubleshootStore, troubleshootUrlBinding);
	const paste = useTroubleshootStore((s) => s.paste);
	const error = useTroubleshootStore((s) => s.error);
	const endpoint = useTroubleshootStore((s) => s.endpoint);
	const scopes = useTroubleshootStore((s) => s.scopes);
	const dc = useTroubleshootStore((s) => s.dc);
	const notices = useTroubleshootStore((s) => s.notices);
	const [copied, setCopied] = useState<boolean | null>(null);
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [failed, setFailed] = useState(false);
	const [wanted, setWanted] = useState(false);
	const want = () => setWanted(true);

	const hasFields = error !== '' || endpoint !== '' || scopes !== '' || dc !== '';
	const hasInput = paste.trim() !== '' || error.trim() !== '' || endpoint.trim() !== '' || scopes.trim() !== '';
	// A page opened from a link starts loading at once, while the link codec is read.
	useEffect(() => {
		if (window.location.search.length > 1) setWanted(true);
	}, []);
	const needed = wanted || hasFields || paste !== '';
	useEffect(() => {
		if (!needed || loaded || failed) return;
		let live = true;
		loadLive().then(
			(l) => live && setLoaded(l),
			() => {
				liveModule = undefined; // "Try again" starts over
				if (live) setFailed(true);
			},
		);
		return () => {
			live = false;
		};
	}, [needed, loaded, failed]);

	// Live once the link has been read and, for a link with fields, its diagnosis can show; it stays live.
	const [shown, setShown] = useState(false);
	if (!shown && ready && (!hasFields || loaded !== null || failed)) setShown(true);

	const diagnosis = useMemo(() => (loaded ? loaded.live.diagnose({ paste, error, endpoint, scopes, dc }, loaded.engine.data) : null), [loaded, paste, error, endpoint, scopes, dc]);
	const secretKinds = diagnosis ? [...new Set(diagnosis.secrets.map((s) => s.kind))] : [];

	const setField = (key: 'error' | 'endpoint' | 'scopes' | 'dc', value: string) => {
		troubleshootStore.getState().setField(key, value);
		setCopied(null);
	};
	const redact = () => {
		if (loaded) troubleshootStore.getState().setPaste(loaded.live.redactSecrets(paste));
		setCopied(null);
	};

	return (
		<div className="troubleshooter" data-hydrated={shown || undefined}>
			<UrlNotices notices={notices} />
			<section className="panel" aria-labelledby="ts-input-title" onFocus={want} onPointerDown={want}>
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
				{loaded && secretKinds.length > 0 && (
					<div id="ts-secret-warning" className="notice bad" role="alert" data-secret-warning>
						<p>
							<Code text={loaded.live.describeSecretWarning(secretKinds)} />
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
							<DataCenterOptions dataCenters={dataCenters} />
						</select>
					</label>
				</fieldset>
				{diagnosis?.secretInFields && (
					<p className="notice bad" role="alert" data-secret-warning>
						A field looks like it holds a token or secret; that value is left out of the link.
					</p>
				)}
				{loaded?.engine.catalogFailed && (
					<p className="notice" role="status">
						The endpoints and scopes catalog could not be loaded, so endpoints and scopes are not checked. Reload to try again.
					</p>
				)}
			</section>

			<section
				className="ts-results"
				aria-labelledby="ts-results-title"
				aria-live="polite"
				aria-busy={hasInput && !loaded && !failed ? true : undefined}
				data-live={shown ? '' : undefined}
			>
				<h2 id="ts-results-title">Likely causes</h2>
				{failed && !loaded ? (
					<div className="notice bad" role="alert">
						<p>The diagnosis could not be loaded. Check the connection and try again.</p>
						<button type="button" onClick={() => setFailed(false)}>
							Try again
						</button>
					</div>
				) : !hasInput || diagnosis?.status === 'empty' ? (
					<p className="muted">Paste something above, or fill in a detail, to see the likely causes.</p>
				) : !loaded || !diagnosis ? (
					<p className="muted">Looking for the likely causes…</p>
				) : (
					<loaded.live.TroubleshootResults diagnosis={diagnosis} engine={loaded.engine} copied={copied} onCopied={setCopied} />
				)}
			</section>
		</div>
	);
}

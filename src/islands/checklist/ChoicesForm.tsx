// The four shareable choices (client type, data center, scopes, SDK language) and the client ID,
// which stays in this browser: the input has no `name`, so even a form submitted without
// JavaScript cannot put it into a URL.
import type { ClientTypeId, DataCenterId, SdkLang } from '../../lib/ids';
import type { ChecklistChoicesView } from '../../lib/checklists/view';
import { DataCenterOptions } from '../shared/DataCenterOptions';

interface Props {
	view: ChecklistChoicesView;
	/** The composer with the scopes typed so far, once the checklist code has loaded; else the plain composer link. */
	scopesHref: string;
	type: ClientTypeId | undefined;
	dc: DataCenterId;
	scopes: string;
	lang: SdkLang;
	clientId: string;
	onType: (v: ClientTypeId) => void;
	onDc: (v: DataCenterId) => void;
	onScopes: (v: string) => void;
	onLang: (v: SdkLang) => void;
	onClientId: (v: string) => void;
}

export function ChoicesForm(p: Props) {
	return (
		<form className="cl-form no-print" aria-label="Your setup" action={p.view.links.form} method="get" onSubmit={(e) => e.preventDefault()}>
			<fieldset className="cl-types">
				<legend>Client type</legend>
				<div className="cl-type-options">
					{p.view.clientTypes.map((t) => (
						<div key={t.id} className="cl-option">
							<input
								type="radio"
								id={`cl-type-${t.id}`}
								name="type"
								value={t.id}
								checked={p.type === t.id}
								onChange={() => p.onType(t.id)}
							/>
							<label htmlFor={`cl-type-${t.id}`}>{t.shortName}</label>
						</div>
					))}
				</div>
			</fieldset>
			<fieldset className="cl-where">
				<legend>Data center, scopes and SDK</legend>
				<div className="cl-field">
					<label htmlFor="cl-dc">Data center</label>
					<select id="cl-dc" name="dc" value={p.dc} onChange={(e) => p.onDc(e.currentTarget.value as DataCenterId)}>
						<DataCenterOptions dataCenters={p.view.dataCenters} />
					</select>
				</div>
				<div className="cl-field">
					<label htmlFor="cl-lang">SDK language</label>
					<select id="cl-lang" name="lang" value={p.lang} onChange={(e) => p.onLang(e.currentTarget.value as SdkLang)}>
						{p.view.languages.map((l) => (
							<option key={l.id} value={l.id}>
								{l.name}
							</option>
						))}
					</select>
				</div>
				<div className="cl-field cl-wide">
					<label htmlFor="cl-scopes">Scopes</label>
					<input
						type="text"
						id="cl-scopes"
						name="s"
						value={p.scopes}
						onChange={(e) => p.onScopes(e.currentTarget.value)}
						placeholder="ZohoCRM.modules.ALL,ZohoCRM.users.READ"
						autoComplete="off"
						autoCapitalize="off"
						spellCheck={false}
						aria-describedby="cl-scopes-help"
					/>
					<p id="cl-scopes-help" className="cl-help">
						Comma-separated. Not sure which? <a href={p.scopesHref}>Compose and check them</a>.
					</p>
				</div>
				<div className="cl-field cl-wide">
					<label htmlFor="cl-client-id">Client ID (optional)</label>
					<input
						type="text"
						id="cl-client-id"
						value={p.clientId}
						onChange={(e) => p.onClientId(e.currentTarget.value)}
						placeholder="1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
						autoComplete="off"
						autoCapitalize="off"
						spellCheck={false}
						maxLength={200}
						aria-describedby="cl-client-id-help"
					/>
					<p id="cl-client-id-help" className="cl-help">
						Fills <code>{'{client_id}'}</code> in the commands. It stays on this page: it is not saved and never
						goes into the link. Never type the client secret here or anywhere on this site; commands read it from
						the <code>ZOHO_CLIENT_SECRET</code> environment variable.
					</p>
				</div>
			</fieldset>
		</form>
	);
}

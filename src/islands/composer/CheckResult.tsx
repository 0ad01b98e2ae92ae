// What a scope string means: the minimal canonical string with its copy formats, every problem with
// its position, and what each token means. All text; nothing pasted becomes HTML. The input is
// parsed once per change (`analyzeScopeString`); everything shown comes from that one result.
import { useMemo, useState } from 'react';
import { analyzeScopeString } from '../../lib/scopes/analyze';
import { formatScopes, type ScopeFormat } from '../../lib/scopes/format';
import { composerStore, useComposerStore } from '../../stores/composer-store';
import { Code } from '../shared/Code';
import { copyText } from '../url-sync';
import type { LoadedScopeData } from './use-catalog';
import { describeCheckSummary, formattedScopesLabel } from '../../lib/scopes/composer-messages';
import { DataCenterOptions } from '../shared/DataCenterOptions';

const FORMATS: { id: ScopeFormat; label: string }[] = [
	{ id: 'plain', label: 'Plain string' },
	{ id: 'self-client', label: 'Self Client “Scope” field' },
	{ id: 'auth-url', label: 'Server-based authorization URL' },
	{ id: 'json', label: 'JSON array' },
];
const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Redundant' } as const;
const SEVERITY_CLASS = { error: 'bad', warning: 'warn', info: '' } as const;
/** Labels that depend on the code rather than the severity. */
const CODE_LABEL: Partial<Record<string, string>> = { possibly_redundant: 'Kept' };

/** Issues that describe the input itself rather than a problem with it. */
const NOT_A_PROBLEM = new Set(['extracted_from_url']);

/** The result under the check panel's input. */
export function CheckResult({ data, input }: { data: LoadedScopeData; input: string }) {
	const dc = useComposerStore((s) => s.dc);
	const [format, setFormat] = useState<ScopeFormat>('plain');
	// The copy status belongs to the text it was for, so editing the input clears it.
	const [status, setStatus] = useState({ text: '', for: '' });
	const analysis = useMemo(() => analyzeScopeString(input, data.index), [input, data.index]);
	const accountsServer = data.dataCenters.find((d) => d.id === dc)?.accountsServer;
	const output = analysis.minimal.length > 0 ? formatScopes(analysis.minimal, format, accountsServer ? { accountsServer } : {}) : '';
	const problems = analysis.issues.filter((i) => !NOT_A_PROBLEM.has(i.code));
	const notes = analysis.issues.filter((i) => NOT_A_PROBLEM.has(i.code));
	const explained = analysis.tokens.filter((t) => t.explanation);
	const risks = analysis.risks;
	const copy = async () => {
		const ok = await copyText(output);
		setStatus({ text: ok ? 'Copied.' : 'Copy failed: select the text and copy it by hand.', for: output });
	};

	return (
		<>
			<p id="scope-summary" className="muted" aria-live="polite">
				{describeCheckSummary({ tokens: analysis.tokens.length, errors: analysis.counts.error, warnings: analysis.counts.warning, removed: analysis.removed.length, empty: input.trim() === '' })}
			</p>

			<div className="output-box">
				<h3 id="output-title">Minimal scope string</h3>
				<output data-scope-output aria-labelledby="output-title" className="scope-output">
					{analysis.minimalString}
				</output>
				{analysis.minimal.length === 0 && <p className="muted">No valid scope yet.</p>}
				{risks.length > 0 && (
					<ul className="risks" aria-label="Broad or sensitive scopes in this string">
						{risks.map((r) => (
							<li key={r.scope} data-scope-risk={r.scope}>
								<span className="badge warn">Broad or sensitive</span> <code>{r.scope}</code>: <Code text={r.note} />
							</li>
						))}
					</ul>
				)}
				<fieldset className="formats">
					<legend>Copy as</legend>
					{FORMATS.map((f) => (
						<label key={f.id} className="inline">
							<input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} /> {f.label}
						</label>
					))}
					{format === 'auth-url' && (
						<label className="inline">
							Data center{' '}
							<select value={dc} onChange={(e) => composerStore.getState().setDc(e.target.value)}>
								<DataCenterOptions dataCenters={data.dataCenters} />
							</select>
						</label>
					)}
				</fieldset>
				{output && (
					<>
						<pre className="formatted" aria-label={formattedScopesLabel(FORMATS.find((f) => f.id === format)!.label)}>
							<code>{output}</code>
						</pre>
						<button type="button" onClick={copy} disabled={!output}>
							Copy
						</button>{' '}
						<span role="status">{status.for === output ? status.text : ''}</span>
						{format === 'auth-url' && (
							<p className="muted">
								Replace <code>{'{client_id}'}</code> and <code>{'{redirect_uri}'}</code> with your values. The user’s own
								data center may differ: exchange the code at the <code>accounts-server</code> Zoho sends back.
							</p>
						)}
					</>
				)}
			</div>

			{notes.map((n, i) => (
				<p key={i} className="notice info">
					<Code text={n.message} />
				</p>
			))}
			<h3>Problems</h3>
			{problems.length === 0 ? (
				<p className="muted">{input.trim() ? 'None: every token is a valid, necessary scope.' : 'None yet.'}</p>
			) : (
				<ul className="problems">
					{problems.slice(0, 200).map((p, i) => (
						<li key={`${p.code}-${p.start}-${i}`} data-scope-problem={p.code} data-severity={p.severity}>
							<span className={`badge ${SEVERITY_CLASS[p.severity]}`}>{CODE_LABEL[p.code] ?? SEVERITY_LABEL[p.severity]}</span>{' '}
							<span className="pos">at {p.start + 1}:</span> <Code text={p.message} />
						</li>
					))}
					{problems.length > 200 && <li>…and {problems.length - 200} more.</li>}
				</ul>
			)}
			{explained.length > 0 && (
				<details className="explained" open={explained.length <= 8}>
					<summary>What each scope grants ({explained.length})</summary>
					<dl>
						{explained.slice(0, 200).map((t, i) => (
							<div key={`${t.start}-${i}`}>
								<dt>
									<code>{t.canonical}</code>
								</dt>
								<dd>
									<Code text={t.explanation!.sentence} />
								</dd>
							</div>
						))}
					</dl>
				</details>
			)}
		</>
	);
}

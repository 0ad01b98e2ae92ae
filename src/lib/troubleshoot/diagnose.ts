// The troubleshooter's one entry point: from a paste (and the optional form fields) to ranked
// likely causes with their evidence. All data arrives as arguments (rules and vocabulary from
// content/troubleshoot/, data centers, the catalog), so the engine can be loaded on first use.
// Pure and total: any input gives a result, never an exception. Wording is in messages.ts.
import { DC_IDS, type DataCenterId } from '../ids';
import { detectSecrets } from '../secrets';
import { rankCauses } from './rank';
import { readSignals, type Reading } from './signals';
import { prepareDoc } from './text';
import type { CauseLink, CauseRule, Diagnosis, DiagnoseInput, MissingPart, RankedCause, TroubleshootData } from './types';
import { isSafeErrorCode, normalizeEndpoint, safeScopeParam, type TroubleshootUrlState } from './url-state';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function linksFor(rule: CauseRule, userDc: string | undefined, scopes: readonly string[]): CauseLink[] {
	const s = safeScopeParam(scopes.join(','));
	const dc = (DC_IDS as readonly string[]).includes(userDc ?? '') ? (userDc as DataCenterId) : undefined;
	const links: CauseLink[] = rule.checklist.map(({ clientType, step }) => ({
		kind: 'checklist',
		clientType,
		step,
		to: { page: 'checklist', state: { clientType, ...(dc ? { dc } : {}), ...(s ? { scopes: s } : {}) }, step },
	}));
	if (rule.composer) links.push({ kind: 'composer', withScopes: s !== '', to: { page: 'scopes', scopes: s } });
	return links;
}

function missingParts(reading: Reading, input: { endpoint: string; scopes: string }): MissingPart[] {
	const out: MissingPart[] = [];
	const has = (code: string) => reading.signals.some((s) => s.code === code);
	if (!has('error_known') && !reading.signals.some((s) => s.code.startsWith('status_'))) out.push('response');
	if (!has('api_called') && !has('token_endpoint_called') && !input.endpoint) out.push('endpoint');
	if (reading.userDc === undefined) out.push('dc');
	if (reading.scopes.length === 0 && !input.scopes.trim() && (has('api_called') || has('endpoint_known'))) out.push('scopes');
	return out;
}

function shareOf(reading: Reading, errorField: string, causes: readonly RankedCause[]): TroubleshootUrlState {
	const share: TroubleshootUrlState = {};
	const topError = causes[0]?.evidence.find((e) => e.signal.code === 'error_known')?.signal.params.error;
	const m = reading.errors.find((e) => e.entry.id === topError) ?? reading.errors[0];
	const literal = m && (m.entry.codes.includes(m.literal) ? m.literal : m.entry.codes[0]);
	const code = (errorField && isSafeErrorCode(errorField) ? errorField : undefined) ?? (literal && isSafeErrorCode(literal) ? literal : undefined) ?? reading.firstUnknown;
	if (code && isSafeErrorCode(code)) share.error = code;
	const ep = reading.endpoint ? normalizeEndpoint(reading.endpoint.display) : undefined;
	if (ep) share.endpoint = ep;
	const s = safeScopeParam(reading.scopes.join(','));
	if (s) share.scopes = s;
	if (reading.userDc && (DC_IDS as readonly string[]).includes(reading.userDc)) share.dc = reading.userDc as DataCenterId;
	return share;
}

/**
 * Diagnoses a paste plus the optional fields. Never throws; input nothing matches gives
 * `status: 'not-recognised'` with the general checks and what would help, not a guess.
 * @example diagnose({ paste: '{"code":"OAUTH_SCOPE_MISMATCH"}' }, data).causes[0]?.id // 'scope-mismatch'
 */
export function diagnose(input: DiagnoseInput, data: TroubleshootData): Diagnosis {
	const paste = str(input?.paste);
	const errorField = str(input?.error).trim().slice(0, 200);
	const endpointField = str(input?.endpoint).trim().slice(0, 1000);
	const scopesField = str(input?.scopes).slice(0, 20_000);
	const dcField = str(input?.dc).trim().toLowerCase();
	const dc = data.dataCenters.some((d) => d.id === dcField) ? dcField : '';
	const docs = [prepareDoc(paste, 'paste'), prepareDoc(errorField, 'error'), prepareDoc(endpointField, 'endpoint')];
	const reading = readSignals(docs, { scopes: scopesField, dc }, data);
	const causes = rankCauses(reading, data);
	for (const c of causes) {
		const rule = data.causes.find((r) => r.id === c.id);
		if (!rule) continue;
		if (rule.composer && reading.scopeCheck) c.scopeCheck = reading.scopeCheck;
		const linkScopes = c.scopeCheck ? [...c.scopeCheck.held, ...c.scopeCheck.add] : reading.scopes;
		c.links = linksFor(rule, reading.userDc, linkScopes);
	}
	const hasInput = paste.trim() !== '' || errorField !== '' || endpointField !== '' || scopesField.trim() !== '';
	const status: Diagnosis['status'] = !hasInput ? 'empty' : causes.length > 0 ? 'diagnosed' : 'not-recognised';
	if (status === 'not-recognised') {
		const fb = data.causes.find((c) => c.fallback);
		const shown = reading.signals.filter((s) => s.code === 'error_known' || s.code === 'error_unknown');
		if (fb) causes.push({ id: fb.id, score: 0, evidence: shown.map((signal) => ({ signal, points: 0, against: false })), links: linksFor(fb, reading.userDc, reading.scopes), fallback: true });
	}
	const fieldSecrets = [errorField, endpointField, scopesField].some((v) => v !== '' && detectSecrets(v).length > 0);
	return {
		status,
		causes: status === 'empty' ? [] : causes,
		signals: reading.signals,
		missing: missingParts(reading, { endpoint: endpointField, scopes: scopesField }),
		secrets: detectSecrets(paste),
		secretInFields: fieldSecrets,
		...(reading.userDc ? { userDc: reading.userDc } : {}),
		share: shareOf(reading, errorField, causes),
	};
}

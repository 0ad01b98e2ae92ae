// The troubleshooter's content: causes, the error vocabulary and the cues refer to each other,
// to facts and checklist steps that exist, and every entry keeps its sources.
import { describe, expect, it } from 'vitest';
import { SIGNAL_CODES } from '../../../src/lib/troubleshoot';
import { describeSignal } from '../../../src/lib/troubleshoot';
import { causes, content } from './data';

const PUBLIC_IDS = [
	'code-expired-or-reused',
	'refresh-token-revoked',
	'wrong-data-center',
	'client-credentials-wrong',
	'redirect-uri-mismatch',
	'api-domain-mismatch',
	'access-token-expired',
	'scope-mismatch',
	'no-permission',
	'no-refresh-token',
	'token-throttled',
	'grant-limit-or-denied',
	'not-recognised',
];

describe('content/troubleshoot/causes.yaml', () => {
	const stepIds = new Set(content.checklistSteps.flatMap((p) => p.steps.map((s) => s.id)));
	const factIds = new Set(content.tokenFacts.map((f) => f.id));
	it('has unique ids, exactly one fallback, and keeps every id already public', () => {
		const ids = causes.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(causes.filter((c) => c.fallback)).toHaveLength(1);
		for (const id of PUBLIC_IDS) expect(ids, id).toContain(id);
	});
	it.each(causes.map((c) => [c.id, c] as const))('%s refers to existing facts and checklist steps for their client types', (_id, c) => {
		for (const f of c.facts) expect(factIds, `fact ${f}`).toContain(f);
		for (const l of c.checklist) {
			expect(stepIds, `step ${l.step}`).toContain(l.step);
			const step = content.checklistSteps.flatMap((p) => p.steps).find((s) => s.id === l.step)!;
			expect(step.appliesTo, `${l.step} applies to ${l.clientType}`).toContain(l.clientType);
		}
		expect(c.sources.length).toBeGreaterThan(0);
	});
	it('every rule can fire: an error points at it or it has a trigger with a positive weight', () => {
		const pointed = new Set(content.troubleshootErrors.flatMap((e) => Object.keys(e.causes)));
		for (const c of causes.filter((x) => !x.fallback)) {
			const triggered = c.triggers.some((t) => (c.weights[t] ?? 0) > 0);
			expect(pointed.has(c.id) || triggered, c.id).toBe(true);
		}
	});
});

describe('content/troubleshoot/errors.yaml (the vocabulary)', () => {
	const errors = content.troubleshootErrors;
	const causeIds = new Set(causes.map((c) => c.id));
	it('has unique ids and points only at existing causes', () => {
		expect(new Set(errors.map((e) => e.id)).size).toBe(errors.length);
		for (const e of errors) for (const id of Object.keys(e.causes)) expect(causeIds, `${e.id} → ${id}`).toContain(id);
	});
	it('covers the documented auth errors of Accounts, CRM (new and legacy), other products and the SDKs', () => {
		const all = new Set(errors.flatMap((e) => [...e.codes, ...e.numbers]));
		for (const code of ['invalid_code', 'invalid_client', 'invalid_client_secret', 'invalid_redirect_uri', 'invalid_scope', 'invalid_token', 'access_denied', 'Access Denied', 'missing_org_info', 'other_dc', 'expired', 'INVALID_TOKEN', 'INVALID_OAUTHTOKEN', 'AUTHENTICATION_FAILURE', 'OAUTH_SCOPE_MISMATCH', 'INVALID_OAUTHSCOPE', 'NO_PERMISSION', 'AUTHORIZATION_FAILED', '4834', '4000', 'INVALID_OAUTH', 'SCOPE_MISMATCH', 'OAUTH_ORG_MISMATCH', '8535', '1030', 'INVALID TOKEN ERROR', 'INVALID CLIENT ERROR', 'SDK is UnInitialized', 'GrantCodeNotSetException'])
			expect(all, code).toContain(code);
	});
	it('no literal belongs to two entries (one meaning per spelling)', () => {
		const seen = new Map<string, string>();
		for (const e of errors) {
			for (const lit of [...e.codes, ...e.phrases.map((p) => p.toLowerCase())]) {
				expect(seen.get(lit), `${lit} in ${e.id} and ${seen.get(lit)}`).toBeUndefined();
				seen.set(lit, e.id);
			}
		}
	});
	it('every entry without a cause is explained by a token fact, or is a wrapper whose message carries the error', () => {
		const facts = new Set(content.tokenFacts.filter((f) => f.kind === 'error').map((f) => f.title));
		for (const e of errors.filter((x) => Object.keys(x.causes).length === 0)) expect(e.where === 'sdk' || e.codes.every((c) => facts.has(c)), e.id).toBe(true);
	});
});

describe('content/troubleshoot/cues.yaml', () => {
	it('sets only known signals, each with its sources', () => {
		for (const q of content.troubleshootCues) {
			expect(SIGNAL_CODES as readonly string[]).toContain(q.signal);
			expect(q.sources.length).toBeGreaterThan(0);
		}
	});
});

describe('every signal is worded', () => {
	it.each([...SIGNAL_CODES])('%s', (code) => {
		const text = describeSignal({ code, severity: 'info', params: { status: 401, count: 2, held: [], missing: [], scopes: ['ZohoCRM.users.READ'] }, lines: [] });
		expect(text.length).toBeGreaterThan(5);
	});
});

// Pins the corrections of the fact audit (issue #15, "every fact against its source") so a later edit
// cannot quietly bring back a claim a cited page does not make, swap citations back, or drop a
// disagreement that the site must show side by side.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '../helpers/content';

const content = loadContent();

const INCREMENTAL_AUTH = 'https://zoho.com/accounts/protocol/oauth/incremental-authorization.html';
const ACCOUNTS_FAQ = 'https://help.zoho.com/portal/en/kb/accounts/faqs-troubleshooting/faqs/oauth/articles/invalid-code-redirect-uri';
const WORKDRIVE_MULTI_DC = 'https://www.zoho.com/workdrive/developer/docs/api/v1/getting-started-multi-dc-support.html';

function fact(id: string) {
	const f = content.tokenFacts.find((x) => x.id === id);
	if (!f) throw new Error(`token fact ${id} is missing`);
	return f;
}

function dc(id: string) {
	const d = content.dataCenters.find((x) => x.id === id);
	if (!d) throw new Error(`data center ${id} is missing`);
	return d;
}

/** Every file under content/, as a path relative to it. */
function contentFiles(dir = CONTENT_DIR): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? contentFiles(path) : [relative(CONTENT_DIR, path)];
	});
}

describe('grant code lifetime', () => {
	const claims = fact('grant-code-lifetime').claims;

	it('keeps "1 minute" as a third-party quote only, noting that the Zoho FAQ says two minutes', () => {
		const oneMinute = claims.find((c) => /^1 minute/.test(c.value));
		expect(oneMinute?.confidence).toBe('third-party');
		expect(oneMinute?.sources).toEqual(['https://github.com/verbb/formie/issues/2199']);
		expect(oneMinute?.note).toMatch(/FAQ says two minutes/);
	});

	it('cites the Zoho FAQ for the 2-minute, single-use code', () => {
		const twoMinutes = claims.find((c) => /^2 minutes, usable once/.test(c.value));
		expect(twoMinutes?.sources).toContain(ACCOUNTS_FAQ);
	});

	it('cites the Commerce, Backstage and Sign pages that say 60 seconds, not an unfound Commerce URL', () => {
		const sixty = claims.find((c) => c.value === '60 seconds');
		expect(sixty?.sources).toEqual([
			'https://www.zoho.com/commerce/api/step-2-generating-grant-tokens.html',
			'https://zoho.com/backstage/api/v3/generating-grant-token.html',
			'https://www.zoho.com/sign/api/getting-started.html',
		]);
	});

	it('claims only the corroborated 10-minute maximum for a Self Client, as third-party', () => {
		expect(claims.some((c) => /1 to 10/.test(c.value))).toBe(false);
		const max = claims.find((c) => /up to 10 minutes/.test(c.value));
		expect(max?.confidence).toBe('third-party');
		expect(max?.note).toMatch(/only the 10-minute maximum is corroborated/);
	});

	it('says the same in the Self Client checklist step', () => {
		const grant = content.checklistSteps.flatMap((f) => f.steps).find((s) => s.id === 'grant-self-client-code');
		const values = grant?.notes.flatMap((n) => n.claims.map((c) => c.value)) ?? [];
		expect(values).toContain('Up to 10 minutes');
		expect(values.some((v) => /1 to 10/.test(v))).toBe(false);
	});
});

describe('invalid_code', () => {
	it('does not cite CRM v2 token validity for expired or reused codes (that page says nothing about them)', () => {
		const code = fact('error-invalid-code').claims.find((c) => c.value.includes('grant_type=authorization_code'));
		expect(code?.sources).toEqual([ACCOUNTS_FAQ, 'https://zoho.com/desk/developers/javasdk/errors.html']);
	});

	it('marks the "oldest of 20 refresh tokens" case as inferred', () => {
		const pushedOut = fact('error-invalid-code').claims.find((c) => /oldest of 20/.test(c.value));
		expect(pushedOut?.confidence).toBe('inferred');
	});
});

describe('OAUTH_SCOPE_MISMATCH fix', () => {
	const mismatch = fact('error-oauth-scope-mismatch');

	it('offers both ways: re-consent, or incremental authorization with its two endpoints', () => {
		expect(mismatch.fix).toMatch(/re-authorize with the\s+full scope list/);
		expect(mismatch.fix).toMatch(/incremental\s+authorization/);
		expect(mismatch.fix).toContain('/oauth/v2/token/scopeenhance');
		expect(mismatch.fix).toContain('grant_type=update_scopes_token');
		expect(mismatch.fix).toContain('/oauth/v2/token/addextrascope');
	});

	it('cites Zoho Accounts incremental-authorization pages', () => {
		expect(mismatch.sources).toContain(INCREMENTAL_AUTH);
		expect(mismatch.sources).toContain('https://zoho.com/accounts/protocol/oauth/incremental-auth/initiation-request.html');
		expect(mismatch.sources).toContain('https://zoho.com/accounts/protocol/oauth/incremental-auth/scope-enhance-request.html');
	});

	it('is also a server-based pitfall, with the same source', () => {
		const server = content.clientTypes.find((c) => c.id === 'server-based');
		const pitfall = server?.pitfalls.find((p) => /incremental authorization/.test(p.text));
		expect(pitfall?.sources).toContain(INCREMENTAL_AUTH);
	});
});

describe('data centers', () => {
	it('cites the non-browser example for api.zoho.com (US) and the server/client example for api.zoho.eu (EU)', () => {
		const us = dc('us').disputed.find((c) => c.value.includes('https://api.zoho.com'));
		const eu = dc('eu').disputed.find((c) => c.value.includes('https://api.zoho.eu'));
		expect(us?.sources.every((u) => u.endsWith('/multi-dc/client-authorization/limited-input-devices.html'))).toBe(true);
		expect(eu?.sources.every((u) => u.endsWith('/multi-dc/client-authorization.html'))).toBe(true);
	});

	it('documents the UK console through ManageEngine tables', () => {
		const console = dc('uk').disputed.find((c) => c.value.includes('api-console.zoho.uk'));
		expect(console?.confidence).toBe('documented');
		expect(console?.sources).toContain('https://www.manageengine.com/products/desktop-central/api/cloud_index.html');
	});

	it('lists ae (United Arab Emirates) as third-party, with what is and is not documented', () => {
		const ae = dc('ae');
		expect(ae.confidence).toBe('third-party');
		expect(ae.apiDomain).toBe('https://www.zohoapis.ae');
		const claim = (re: RegExp) => ae.disputed.find((c) => re.test(c.value));
		expect(claim(/www\.zohoapis\.ae/)).toMatchObject({ confidence: 'documented', sources: [WORKDRIVE_MULTI_DC] });
		expect(claim(/accounts\.zoho\.ae/)?.confidence).toBe('third-party');
		expect(claim(/api-console\.zoho\.ae/)?.confidence).toBe('inferred');
		expect(claim(/No Zoho CRM SDK has an AE/)).toBeDefined();
		expect(ae.note).toMatch(/Only Zoho WorkDrive/);
		expect(ae.note).toMatch(/no CRM SDK has an AE class/i);
		expect(ae.note).toMatch(/`ae` is assumed/);
	});
});

describe('mobile redirect URI', () => {
	it('shows the http(s) rule and the custom-scheme guides side by side', () => {
		const mobile = content.clientTypes.find((c) => c.id === 'mobile');
		const field = mobile?.consoleFields.find((f) => f.field === 'redirect-uri');
		const values = field?.disputed?.map((c) => c.value) ?? [];
		expect(values).toHaveLength(2);
		expect(values.some((v) => v.includes('http://'))).toBe(true);
		expect(values.some((v) => v.includes('MyDemoApp://'))).toBe(true);
	});
});

describe('content file headers', () => {
	it('name public sources, not paths on the build machine', () => {
		const offenders: string[] = [];
		for (const file of contentFiles()) {
			const lines = readFileSync(join(CONTENT_DIR, file), 'utf8').split('\n');
			lines.forEach((line, i) => {
				if (/^\s*#/.test(line) && /(^|[\s(])\/(work|home|tmp|root|Users)\//.test(line)) offenders.push(`${file}:${i + 1}`);
			});
		}
		expect(offenders).toEqual([]);
	});
});

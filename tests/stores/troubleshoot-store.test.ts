import { beforeEach, describe, expect, it } from 'vitest';
import { resetTroubleshootStore, troubleshootStore, troubleshootUrlBinding } from '../../src/stores/troubleshoot-store';

const codec = () => Promise.resolve('codec' in troubleshootUrlBinding ? troubleshootUrlBinding.codec() : troubleshootUrlBinding);
const TOKEN = '1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9';

beforeEach(() => resetTroubleshootStore());

describe('troubleshootStore', () => {
	it('reads a tampered link with worded notices, keeping the paste', async () => {
		troubleshootStore.getState().setPaste('{"code":"INVALID_OAUTHTOKEN"}');
		(await codec()).fromQuery('?error=INVALID_OAUTHTOKEN&dc=mars&x=1');
		const s = troubleshootStore.getState();
		expect([s.error, s.dc, s.paste]).toEqual(['INVALID_OAUTHTOKEN', '', '{"code":"INVALID_OAUTHTOKEN"}']);
		expect(s.notices.map((n) => n.code).sort()).toEqual(['invalid_value', 'unknown_param']);
		expect(s.notices.find((n) => n.code === 'invalid_value')?.text).toContain('dc=mars');
	});
	it('writes only the safe fields to the link, never the paste', async () => {
		const s = troubleshootStore.getState();
		s.setPaste(`Authorization: Zoho-oauthtoken ${TOKEN}`);
		s.setField('error', 'OAUTH_SCOPE_MISMATCH');
		s.setField('scopes', TOKEN);
		s.setField('dc', 'eu');
		expect((await codec()).toQuery(troubleshootStore.getState())).toBe('error=OAUTH_SCOPE_MISMATCH&dc=eu');
	});
});

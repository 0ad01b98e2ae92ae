import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../src/lib/checklists';
import { checklistStore, checklistUrlBinding, resetChecklistStore } from '../../src/stores/checklist-store';
import { clearTicks, loadProgress, resetProgressStorage, tickStep, type ProgressStorage } from '../../src/stores/checklist-progress';

/** In-memory stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
	};
}

const KEY = 'self-client:eu:java';

beforeEach(() => {
	resetChecklistStore();
	resetProgressStorage();
});

describe('checklistStore choices', () => {
	it('loads choices from a link and reports what it ignored', async () => {
		const codec = await ('codec' in checklistUrlBinding ? checklistUrlBinding.codec() : checklistUrlBinding);
		codec.fromQuery('?type=self-client&dc=mars&s=ZohoCRM.modules.ALL&x=1');
		const { choices, notices } = checklistStore.getState();
		expect(choices).toEqual({ clientType: 'self-client', scopes: 'ZohoCRM.modules.ALL' });
		expect(notices.map((n) => n.code).sort()).toEqual(['invalid_value', 'unknown_param']);
		expect(notices.map((n) => n.text).join(' ')).toContain('`dc=mars`');
	});
	it('sets and clears a choice', () => {
		const s = checklistStore.getState();
		s.setChoice('dc', 'eu');
		s.setChoice('scopes', 'A.b.READ');
		s.setChoice('scopes', '');
		expect(checklistStore.getState().choices).toEqual({ dc: 'eu' });
	});
	it('keeps the client ID in memory only: it is never written to storage', () => {
		const storage = memoryStorage();
		loadProgress(storage);
		checklistStore.getState().setClientId('1000.SECRETLOOKINGID');
		tickStep(KEY, 'register-self-client', true);
		expect([...storage.data.values()].join('')).not.toContain('1000.SECRETLOOKINGID');
	});
});

describe('checklistStore progress', () => {
	it('ticks and unticks steps per checklist key', () => {
		tickStep(KEY, 'register-self-client', true);
		tickStep(KEY, 'call-api', true);
		tickStep('server-based:us:java', 'register-client', true);
		tickStep(KEY, 'call-api', false);
		expect(checklistStore.getState().ticked).toEqual({
			[KEY]: ['register-self-client'],
			'server-based:us:java': ['register-client'],
		});
	});

	it('saves every tick and reads it back after a "reload"', () => {
		const storage = memoryStorage();
		loadProgress(storage);
		tickStep(KEY, 'register-self-client', true);
		tickStep(KEY, 'grant-self-client-code', true);
		expect(JSON.parse(storage.data.get(PROGRESS_STORAGE_KEY) ?? '')).toEqual({
			version: PROGRESS_VERSION,
			ticked: { [KEY]: ['grant-self-client-code', 'register-self-client'] },
		});
		resetChecklistStore();
		expect(checklistStore.getState().ticked).toEqual({});
		loadProgress(storage);
		expect(checklistStore.getState().ticked[KEY]).toEqual(['grant-self-client-code', 'register-self-client']);
		expect(checklistStore.getState().progressNotice).toBeNull();
	});

	it('keeps a tick made before the saved progress was read', () => {
		const storage = memoryStorage({ [PROGRESS_STORAGE_KEY]: JSON.stringify({ version: PROGRESS_VERSION, ticked: { [KEY]: ['call-api'] } }) });
		tickStep(KEY, 'register-self-client', true);
		loadProgress(storage);
		expect(checklistStore.getState().ticked[KEY]?.slice().sort()).toEqual(['call-api', 'register-self-client']);
		expect(JSON.parse(storage.data.get(PROGRESS_STORAGE_KEY) ?? '').ticked[KEY].slice().sort()).toEqual(['call-api', 'register-self-client']);
	});

	it('clears the ticks of one checklist', () => {
		const storage = memoryStorage();
		loadProgress(storage);
		tickStep(KEY, 'call-api', true);
		clearTicks(KEY);
		expect(checklistStore.getState().ticked).toEqual({});
		expect(JSON.parse(storage.data.get(PROGRESS_STORAGE_KEY) ?? '').ticked).toEqual({});
	});

	it.each([
		['unparsable JSON', '{not json', 'corrupted'],
		['a wrong shape', JSON.stringify({ version: PROGRESS_VERSION, ticked: [1, 2] }), 'corrupted'],
		['a bad step id', JSON.stringify({ version: PROGRESS_VERSION, ticked: { [KEY]: ['<img src=x>'] } }), 'corrupted'],
		['an old version', JSON.stringify({ version: 0, ticked: { [KEY]: ['call-api'] } }), 'old_version'],
	])('resets %s with a notice and rewrites the record', (_what, raw, notice) => {
		const storage = memoryStorage({ [PROGRESS_STORAGE_KEY]: raw });
		expect(() => loadProgress(storage)).not.toThrow();
		expect(checklistStore.getState().progressNotice).toBe(notice);
		expect(checklistStore.getState().ticked).toEqual({});
		// The bad record is replaced, so the next visit starts clean and without the notice.
		expect(JSON.parse(storage.data.get(PROGRESS_STORAGE_KEY) ?? '')).toEqual({ version: PROGRESS_VERSION, ticked: {} });
		resetChecklistStore();
		loadProgress(storage);
		expect(checklistStore.getState().progressNotice).toBeNull();
	});

	it('keeps the good entries of a partly damaged record', () => {
		const raw = JSON.stringify({ version: PROGRESS_VERSION, ticked: { [KEY]: ['call-api'], 'bad key': ['x'] } });
		loadProgress(memoryStorage({ [PROGRESS_STORAGE_KEY]: raw }));
		expect(checklistStore.getState().ticked).toEqual({ [KEY]: ['call-api'] });
		expect(checklistStore.getState().progressNotice).toBe('corrupted');
	});

	it('survives storage that throws: ticks stay in memory and a notice says so', () => {
		const throwing: ProgressStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(() => loadProgress(throwing)).not.toThrow();
		expect(checklistStore.getState().progressNotice).toBe('unavailable');
		checklistStore.getState().dismissProgressNotice();
		expect(() => tickStep(KEY, 'call-api', true)).not.toThrow();
		expect(checklistStore.getState().ticked[KEY]).toEqual(['call-api']);
	});

	it('reports a storage that refuses writes', () => {
		const full: ProgressStorage = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		loadProgress(full);
		expect(checklistStore.getState().progressNotice).toBeNull();
		tickStep(KEY, 'call-api', true);
		expect(checklistStore.getState().progressNotice).toBe('unavailable');
		expect(checklistStore.getState().ticked[KEY]).toEqual(['call-api']);
	});

	it('has no storage outside a browser', () => {
		loadProgress();
		expect(checklistStore.getState().progressNotice).toBe('unavailable');
	});
});

import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION, checklistKey, parseStoredProgress, serializeProgress, setStepTicked } from '../../../src/lib/checklists';

describe('checklistKey', () => {
	it('joins client type, data center and language', () => {
		expect(checklistKey({ clientType: 'self-client', dc: 'eu', lang: 'java' })).toBe('self-client:eu:java');
		expect(checklistKey({ clientType: 'mobile', dc: 'cn' })).toBe('mobile:cn:none');
	});
});

describe('parseStoredProgress', () => {
	const key = 'self-client:eu:java';

	it('gives empty progress without a notice when nothing is stored', () => {
		expect(parseStoredProgress(null, 1)).toEqual({ ticked: {} });
	});

	it('reads what serializeProgress wrote', () => {
		const raw = serializeProgress({ [key]: ['exchange-self-client-code', 'register-self-client'] }, 1);
		expect(parseStoredProgress(raw, 1)).toEqual({ ticked: { [key]: ['exchange-self-client-code', 'register-self-client'] } });
	});

	it.each([
		['not JSON', '{"version":1,'],
		['a string', '"hello"'],
		['an array', '[1,2]'],
		['null', 'null'],
		['no version', '{"ticked":{}}'],
		['ticked is a list', '{"version":1,"ticked":[]}'],
		['version is a string', '{"version":"1","ticked":{}}'],
	])('resets corrupted records (%s)', (_name, raw) => {
		expect(parseStoredProgress(raw, 1)).toEqual({ ticked: {}, notice: 'corrupted' });
	});

	it('resets records of another version', () => {
		expect(parseStoredProgress(JSON.stringify({ version: 0, ticked: { [key]: ['call-api'] } }), 1)).toEqual({ ticked: {}, notice: 'old_version' });
		expect(parseStoredProgress(JSON.stringify({ version: 2, ticked: {} }), 1)).toEqual({ ticked: {}, notice: 'old_version' });
	});

	it('drops bad entries, keeps good ones and says so', () => {
		const raw = JSON.stringify({
			version: 1,
			ticked: { [key]: ['call-api', 42, 'Bad Id', 'call-api'], 'not a key': ['call-api'], 'mobile:us:none': 'call-api' },
		});
		expect(parseStoredProgress(raw, 1)).toEqual({ ticked: { [key]: ['call-api'] }, notice: 'corrupted' });
	});

	it('does not let __proto__ keys through', () => {
		const r = parseStoredProgress('{"version":1,"ticked":{"__proto__":["x"]}}', 1);
		expect(r.ticked).toEqual({});
		expect(Object.getPrototypeOf(r.ticked)).toBe(Object.prototype);
	});

	it('uses PROGRESS_VERSION by default', () => {
		expect(parseStoredProgress(serializeProgress({ [key]: ['call-api'] }))).toEqual({ ticked: { [key]: ['call-api'] } });
		expect(JSON.parse(serializeProgress({}))).toEqual({ version: PROGRESS_VERSION, ticked: {} });
	});
});

describe('serializeProgress and setStepTicked', () => {
	it('serializes deterministically, leaving out empty lists', () => {
		expect(serializeProgress({ 'b:us:none': ['z', 'a', 'a'], 'a:us:none': [] }, 1)).toBe('{"version":1,"ticked":{"b:us:none":["a","z"]}}');
	});

	it('ticks and unticks without changing the input', () => {
		const before = { 'mobile:us:none': ['call-api'] };
		const after = setStepTicked(before, 'mobile:us:none', 'revoke-refresh-token', true);
		expect(after).toEqual({ 'mobile:us:none': ['call-api', 'revoke-refresh-token'] });
		expect(before).toEqual({ 'mobile:us:none': ['call-api'] });
		expect(setStepTicked(before, 'mobile:us:none', 'call-api', false)).toEqual({});
	});
});

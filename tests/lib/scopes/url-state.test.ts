import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCOPE_INPUT_LENGTH as MAX_LINK_SCOPES, decodeScopeParams, encodeScopeParams } from '../../../src/lib/scopes';
import { containsSecret } from '../../../src/lib/secrets';

describe('decodeScopeParams / encodeScopeParams', () => {
	it.each([
		{ search: '?s=ZohoCRM.users.READ%2CZohoCRM.org.READ', input: 'ZohoCRM.users.READ,ZohoCRM.org.READ', codes: [] },
		{ search: 's=a+b', input: 'a b', codes: [] },
		{ search: '?s=%E0%A4%A', input: '', codes: ['bad_encoding'] },
		{ search: '?s=1000.8f3a1c2b9d4e5f60718293a4b5c6d7e8.0a1b2c3d4e5f60718293a4b5c6d7e8f9', input: '', codes: ['secret_dropped'] },
		{ search: '?s=a&s=b', input: 'a', codes: ['repeated_param'] },
		{ search: '?x=1&s=a', input: 'a', codes: ['unknown_param'] },
		{ search: '', input: '', codes: [] },
	])('$search → $input', ({ search, input, codes }) => {
		const r = decodeScopeParams(search);
		expect(r.input).toBe(input);
		expect(r.notices.map((n) => n.code)).toEqual(codes);
	});
	it('ignores an overlong value with a notice', () => {
		const r = decodeScopeParams(`?s=${'a'.repeat(MAX_LINK_SCOPES + 10)}`);
		expect(r.input).toBe('');
		expect(r.notices.map((n) => n.code)).toEqual(['too_long']);
		expect(decodeScopeParams(`?s=${'a'.repeat(MAX_LINK_SCOPES)}`).input).toHaveLength(MAX_LINK_SCOPES);
	});
	it('keeps commas readable', () => {
		expect(encodeScopeParams('A.b.READ,A.c.READ')).toBe('s=A.b.READ,A.c.READ');
		expect(encodeScopeParams('')).toBe('');
	});
	it('never throws, and round-trips any input, trimmed, that holds no secret', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
				expect(() => decodeScopeParams(text)).not.toThrow();
				if (!containsSecret(text)) expect(decodeScopeParams(`?${encodeScopeParams(text)}`).input).toBe(text.trim());
			}),
		);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillHighlight, splitPlaceholders, type HighlightSegment } from '../../../src/lib/checklists';

const template: HighlightSegment[] = [
	{ text: 'id = ', className: 'k' },
	...splitPlaceholders('"{{clientId}}"', 's'),
	{ text: '\n' },
	{ text: 'scope = ', className: 'k' },
	...splitPlaceholders('"{{scopes}}"', 's'),
];

describe('fillHighlight', () => {
	it('fills placeholders inside their coloured tokens', () => {
		expect(fillHighlight(template, 'id = "1000.ABC"\nscope = "ZohoCRM.modules.ALL"')).toEqual([
			{ text: 'id = ', className: 'k' },
			{ text: '"', className: 's' },
			{ text: '1000.ABC', className: 's' },
			{ text: '"', className: 's' },
			{ text: '\n' },
			{ text: 'scope = ', className: 'k' },
			{ text: '"', className: 's' },
			{ text: 'ZohoCRM.modules.ALL', className: 's' },
			{ text: '"', className: 's' },
		]);
	});
	it('keeps a leading warning line plain', () => {
		const r = fillHighlight(template, '// no class\nid = "x"\nscope = "y"');
		expect(r?.[0]).toEqual({ text: '// no class\n' });
	});
	it('gives up (plain text) when the text does not match the template', () => {
		expect(fillHighlight(template, 'something else')).toBeNull();
	});
	it('always reproduces the text exactly when it lines up', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
				const text = `id = "${a}"\nscope = "${b}"`;
				const r = fillHighlight(template, text);
				if (r) expect(r.map((p) => p.text).join('')).toBe(text);
			}),
		);
	});
});

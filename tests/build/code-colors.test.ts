// Highlighted code must not rely on inline styles (the CSP blocks them): every colour the two Shiki
// themes can produce has a class in src/styles/code-colors.css, and the transformer emits those.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeColors } from '../../scripts/code-colors.mjs';
import { styleToClasses } from '../../src/markdown/shiki-classes.mjs';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'code-colors.css'), 'utf8');

describe('code colours', () => {
	it('has a class for every token colour of both themes', async () => {
		const { light, dark } = await themeColors();
		for (const c of light.tokens) expect(css, c).toContain(`.hl-l-${c.slice(1)} {`);
		for (const c of dark.tokens) expect(css, c).toContain(`.hl-d-${c.slice(1)} {`);
	});
	it('turns a Shiki style into classes and drops what it cannot map', () => {
		expect(styleToClasses('color:#D73A49;--shiki-dark:#F97583;font-style:italic;background:red')).toEqual([
			'hl-l-d73a49',
			'hl-d-f97583',
			'hl-i',
		]);
		expect(styleToClasses('nonsense')).toEqual([]);
	});
});

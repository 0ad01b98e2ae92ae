// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig([
	{ ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{
		// The domain core runs in node, in the browser and at build time: no globals of either.
		files: ['src/lib/**/*.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'location', 'navigator', 'process'],
			'no-restricted-imports': [
				'error',
				{ patterns: ['react', 'react-dom', 'react/*', 'astro', 'astro:*', 'astro/*', '@astrojs/*', 'zustand', 'zustand/*', 'node:*'] },
			],
		},
	},
]);

import { defineConfig } from 'vitest/config';

// Unit tests (src/lib, stores) run in node; component tests opt into jsdom with
// `// @vitest-environment jsdom` at the top of the file.
export default defineConfig({
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
		environment: 'node',
		setupFiles: ['tests/setup.ts'],
		globals: true,
	},
});

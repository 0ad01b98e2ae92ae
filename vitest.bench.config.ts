import { defineConfig } from 'vitest/config';

// `npm run bench` only: engine speed over the real content. Not part of `npm test`.
export default defineConfig({
	test: { include: ['tests/bench/**/*.bench.test.ts'], environment: 'node', testTimeout: 120_000 },
});

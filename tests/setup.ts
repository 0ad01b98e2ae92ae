// jest-dom matchers and RTL cleanup, only where a DOM exists (component tests).
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
	await import('@testing-library/jest-dom/vitest');
	const { cleanup } = await import('@testing-library/react');
	afterEach(() => cleanup());
}

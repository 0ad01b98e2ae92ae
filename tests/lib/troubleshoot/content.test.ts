import { describe, expect, it } from 'vitest';
import { causes, content } from './data';

describe('content/troubleshoot/causes.yaml', () => {
	const stepIds = new Set(content.checklistSteps.flatMap((p) => p.steps.map((s) => s.id)));
	const factIds = new Set(content.tokenFacts.map((f) => f.id));
	it('has unique ids and exactly one fallback', () => {
		const ids = causes.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(causes.filter((c) => c.fallback)).toHaveLength(1);
	});
	it.each(causes.map((c) => [c.id, c] as const))('%s refers to existing facts and checklist steps for their client types', (_id, c) => {
		for (const f of c.facts) expect(factIds, `fact ${f}`).toContain(f);
		for (const l of c.checklist) {
			expect(stepIds, `step ${l.step}`).toContain(l.step);
			const step = content.checklistSteps.flatMap((p) => p.steps).find((s) => s.id === l.step)!;
			expect(step.appliesTo, `${l.step} applies to ${l.clientType}`).toContain(l.clientType);
		}
	});
	it('every rule can fire (a code, a phrase or a trigger)', () => {
		for (const c of causes.filter((x) => !x.fallback)) expect(c.codes.length + c.phrases.length + c.triggers.length, c.id).toBeGreaterThan(0);
	});
	it('every rule code is a documented error code (a token fact title) or a known variant', () => {
		const titles = new Set(content.tokenFacts.filter((f) => f.kind === 'error').map((f) => f.title));
		const variants = new Set(['OAUTH-SCOPE-MISMATCH', 'redirect_uri_mismatch']);
		for (const c of causes) for (const code of c.codes) expect(titles.has(code) || variants.has(code), `${c.id}: ${code}`).toBe(true);
	});
});

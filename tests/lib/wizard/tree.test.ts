import { describe, expect, it } from 'vitest';
import {
	ANSWER_KEYS,
	answersToNodeSlug,
	buildDecisionTree,
	enumerateAnswerSets,
	findDecisionNode,
	findNodeBySlug,
	nodeSlugToAnswers,
	outcomeKey,
	recommendClientType,
	type Recommendation,
} from '../../../src/lib/wizard';
import { loadQuestions } from './helpers';

const questions = loadQuestions();
const tree = buildDecisionTree(questions, recommendClientType);
const COMPLETE = enumerateAnswerSets(ANSWER_KEYS, {}, { includeUnanswered: false });

describe('answersToNodeSlug / nodeSlugToAnswers', () => {
	it.each([
		{ a: {}, slug: '/decide/' },
		{ a: { runtime: 'script', accounts: 'own' }, slug: '/decide/accounts-own/runtime-script/' },
		{ a: { accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'no' }, slug: '/decide/accounts-others/runtime-server/webui-yes/redirect-no/' },
	] as const)('$a ↔ $slug', ({ a, slug }) => {
		expect(answersToNodeSlug(a)).toBe(slug);
		expect(nodeSlugToAnswers(slug)).toEqual(a);
	});

	it('round-trips all 162 answer sets', () => {
		for (const a of enumerateAnswerSets()) expect(nodeSlugToAnswers(answersToNodeSlug(a))).toEqual(a);
	});

	it.each(['accounts-own/runtime-script', '/decide/accounts-own/runtime-script', 'decide/accounts-own/runtime-script/', 'runtime-script/accounts-own'])(
		'accepts the variant "%s"',
		(slug) => {
			expect(nodeSlugToAnswers(slug)).toEqual({ accounts: 'own', runtime: 'script' });
		},
	);

	it.each(['/decide/accounts-mine/', '/decide/colour-red/', '/decide/accounts-own/accounts-others/', '/decide/accounts/', '/decide/<script>/'])(
		'rejects "%s"',
		(slug) => {
			expect(nodeSlugToAnswers(slug)).toBeNull();
		},
	);
});

describe('buildDecisionTree', () => {
	it('starts at /decide/ with the first question in content order', () => {
		expect(tree.root.slug).toBe('/decide/');
		expect(tree.root.path).toBe('');
		expect(tree.root.question?.id).toBe('accounts');
		expect(tree.root.links.map((l) => l.slug)).toEqual(['/decide/accounts-own/', '/decide/accounts-others/']);
	});

	it('is finite and has unique slugs', () => {
		expect(tree.nodes.length).toBeLessThan(162);
		expect(new Set(tree.nodes.map((n) => n.slug)).size).toBe(tree.nodes.length);
	});

	it('gives every leaf a final result: a recommendation or a conflict, nothing pending', () => {
		const leaves = tree.nodes.filter((n) => n.leaf);
		expect(leaves.length).toBeGreaterThan(0);
		for (const leaf of leaves) {
			expect(leaf.result.complete, leaf.slug).toBe(true);
			expect(leaf.links).toEqual([]);
			expect(leaf.result.recommended !== null || leaf.result.conflicts.length > 0, leaf.slug).toBe(true);
		}
	});

	it('links every inner node to one existing child per option, and every node back to its parent', () => {
		for (const node of tree.nodes) {
			if (!node.leaf) {
				expect(node.links).toHaveLength(node.question?.options.length ?? -1);
				for (const link of node.links) expect(tree.bySlug.get(link.slug)?.parent).toBe(node.slug);
				// The question asked is one that still matters.
				expect(node.result.pending).toContain(node.question?.id);
			}
			if (node.parent !== null) expect(tree.bySlug.has(node.parent)).toBe(true);
		}
	});

	it('reaches every node from the root', () => {
		const seen = new Set<string>();
		const walk = (slug: string): void => {
			seen.add(slug);
			for (const l of tree.bySlug.get(slug)?.links ?? []) walk(l.slug);
		};
		walk(tree.root.slug);
		expect(seen.size).toBe(tree.nodes.length);
	});

	it('round-trips every node slug and path', () => {
		for (const node of tree.nodes) {
			expect(nodeSlugToAnswers(node.slug)).toEqual(node.answers);
			expect(answersToNodeSlug(node.answers, tree.order)).toBe(node.slug);
			expect(findNodeBySlug(tree, node.path)).toBe(node);
		}
		expect(findNodeBySlug(tree, '/decide/webui-yes/')).toBeNull();
	});

	it('maps every complete answer set to a leaf with the same advice', () => {
		expect(COMPLETE).toHaveLength(40);
		for (const a of COMPLETE) {
			const leaf = findDecisionNode(tree, a);
			expect(leaf.leaf, JSON.stringify(a)).toBe(true);
			const full = recommendClientType(a);
			expect(outcomeKey(leaf.result)).toBe(outcomeKey(full));
		}
	});

	it('skips questions that no longer matter', () => {
		const app = findDecisionNode(tree, { accounts: 'others', runtime: 'mobile', webui: 'no', redirect: 'yes' });
		expect(app.slug).toBe('/decide/accounts-others/runtime-mobile/');
		expect(app.result.recommended).toBe('mobile');
	});

	it('leads to the Kaizen benchmarks', () => {
		expect(findDecisionNode(tree, { accounts: 'own', runtime: 'script', webui: 'no', redirect: 'no' }).result.recommended).toBe('self-client');
		expect(findDecisionNode(tree, { accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'yes' }).result.recommended).toBe('server-based');
	});

	it('uses the injected engine', () => {
		const stub = (): Recommendation => ({ recommended: 'mobile', standings: [], gaps: [], needs: [], conflicts: [], pending: [], answered: [], complete: true });
		const t = buildDecisionTree(questions, stub);
		expect(t.nodes).toHaveLength(1);
		expect(t.root.leaf).toBe(true);
		expect(t.root.result.recommended).toBe('mobile');
	});

	it('follows the content order of questions', () => {
		const reordered = questions.map((q) => (q.id === 'runtime' ? { ...q, order: 0 } : q));
		const t = buildDecisionTree(reordered, recommendClientType);
		expect(t.root.question?.id).toBe('runtime');
		expect(t.order[0]).toBe('runtime');
		expect(findDecisionNode(t, { accounts: 'own', runtime: 'script' }).slug).toBe('/decide/runtime-script/accounts-own/');
	});
});

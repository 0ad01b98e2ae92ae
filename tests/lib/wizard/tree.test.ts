import { describe, expect, it } from 'vitest';
import {
	ANSWER_KEYS,
	answersToNodePath,
	buildDecisionTree,
	enumerateAnswerSets,
	findDecisionNode,
	findNodeByPath,
	listNodeTrail,
	nodePathToAnswers,
	outcomeKey,
	recommendClientType,
	type Recommendation,
} from '../../../src/lib/wizard';
import { createRoutes } from '../../../src/lib/routes';
import { loadQuestions } from './helpers';

const routes = createRoutes('/');

const questions = loadQuestions();
const tree = buildDecisionTree(questions, recommendClientType);
const COMPLETE = enumerateAnswerSets(ANSWER_KEYS, {}, { includeUnanswered: false });

describe('answersToNodePath / nodePathToAnswers / routes.decide', () => {
	it.each([
		{ a: {}, path: '', url: '/decide/' },
		{ a: { runtime: 'script', accounts: 'own' }, path: 'accounts-own/runtime-script', url: '/decide/accounts-own/runtime-script/' },
		{
			a: { accounts: 'others', runtime: 'server', webui: 'yes', redirect: 'no' },
			path: 'accounts-others/runtime-server/webui-yes/redirect-no',
			url: '/decide/accounts-others/runtime-server/webui-yes/redirect-no/',
		},
	] as const)('$a ↔ $path', ({ a, path, url }) => {
		expect(answersToNodePath(a)).toBe(path);
		expect(nodePathToAnswers(path)).toEqual(a);
		expect(routes.decide(a)).toBe(url);
		expect(nodePathToAnswers(url)).toEqual(a);
		expect(createRoutes('/guide/').decide(a)).toBe(`/guide${url}`);
	});

	it('round-trips all 162 answer sets', () => {
		for (const a of enumerateAnswerSets()) expect(nodePathToAnswers(answersToNodePath(a))).toEqual(a);
	});

	it.each(['accounts-own/runtime-script', '/decide/accounts-own/runtime-script', 'decide/accounts-own/runtime-script/', 'runtime-script/accounts-own'])(
		'accepts the variant "%s"',
		(slug) => {
			expect(nodePathToAnswers(slug)).toEqual({ accounts: 'own', runtime: 'script' });
		},
	);

	it.each(['/decide/accounts-mine/', '/decide/colour-red/', '/decide/accounts-own/accounts-others/', '/decide/accounts/', '/decide/<script>/'])(
		'rejects "%s"',
		(slug) => {
			expect(nodePathToAnswers(slug)).toBeNull();
		},
	);
});

describe('buildDecisionTree', () => {
	it('starts at /decide/ with the first question in content order', () => {
		expect(tree.root.path).toBe('');
		expect(tree.root.question?.id).toBe('accounts');
		expect(tree.root.links.map((l) => l.path)).toEqual(['accounts-own', 'accounts-others']);
		expect(tree.root.links.map((l) => routes.decide(l.answers, tree.order))).toEqual(['/decide/accounts-own/', '/decide/accounts-others/']);
	});

	it('is finite and has unique paths', () => {
		expect(tree.nodes.length).toBeLessThan(162);
		expect(new Set(tree.nodes.map((n) => n.path)).size).toBe(tree.nodes.length);
	});

	it('gives every leaf a final result: a recommendation or a conflict, nothing pending', () => {
		const leaves = tree.nodes.filter((n) => n.leaf);
		expect(leaves.length).toBeGreaterThan(0);
		for (const leaf of leaves) {
			expect(leaf.result.complete, leaf.path).toBe(true);
			expect(leaf.links).toEqual([]);
			expect(leaf.result.recommended !== null || leaf.result.conflicts.length > 0, leaf.path).toBe(true);
		}
	});

	it('links every inner node to one existing child per option, and every node back to its parent', () => {
		for (const node of tree.nodes) {
			if (!node.leaf) {
				expect(node.links).toHaveLength(node.question?.options.length ?? -1);
				for (const link of node.links) expect(tree.byPath.get(link.path)?.parent).toBe(node.path);
				// The question asked is one that still matters.
				expect(node.result.pending).toContain(node.question?.id);
			}
			if (node.parent !== null) expect(tree.byPath.has(node.parent)).toBe(true);
		}
	});

	it('reaches every node from the root', () => {
		const seen = new Set<string>();
		const walk = (path: string): void => {
			seen.add(path);
			for (const l of tree.byPath.get(path)?.links ?? []) walk(l.path);
		};
		walk(tree.root.path);
		expect(seen.size).toBe(tree.nodes.length);
	});

	it('round-trips every node path and page URL', () => {
		for (const node of tree.nodes) {
			expect(nodePathToAnswers(node.path)).toEqual(node.answers);
			expect(answersToNodePath(node.answers, tree.order)).toBe(node.path);
			expect(findNodeByPath(tree, node.path)).toBe(node);
			expect(findNodeByPath(tree, routes.decide(node.answers, tree.order))).toBe(node);
		}
		expect(findNodeByPath(tree, '/decide/webui-yes/')).toBeNull();
	});

	it('lists the trail from the root to a node', () => {
		const leaf = findDecisionNode(tree, { accounts: 'own', runtime: 'script', webui: 'no', redirect: 'no' });
		const trail = listNodeTrail(tree, leaf);
		expect(trail[0]).toBe(tree.root);
		expect(trail[trail.length - 1]).toBe(leaf);
		for (let i = 1; i < trail.length; i++) expect(trail[i]!.parent).toBe(trail[i - 1]!.path);
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
		expect(app.path).toBe('accounts-others/runtime-mobile');
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
		expect(findDecisionNode(t, { accounts: 'own', runtime: 'script' }).path).toBe('runtime-script/accounts-own');
	});
});

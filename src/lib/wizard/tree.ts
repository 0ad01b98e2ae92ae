import type { WizardQuestion } from '../schemas/wizard';
import { isAnswerValue, type AnswerKey, type Answers } from './answers';
import { answersToNodePath, nodePathToAnswers } from './node-path';

export { answersToNodePath, nodePathToAnswers };
import { listQuestionOrder } from './questions';
import type { Recommendation, RecommendFn } from './recommend';

/** A link from a tree node to the node for one answer. */
export interface DecisionTreeLink {
	value: string;
	label: string;
	explanation: string;
	/** The answers of the node this answer leads to. */
	answers: Partial<Answers>;
	/** Path of that node (see `DecisionTreeNode.path`). */
	path: string;
}

/** One static page of the no-JS decision tree. */
export interface DecisionTreeNode {
	/**
	 * The node's key and the part of its page URL after `decide/`, without slashes at the ends, e.g.
	 * `accounts-own/runtime-script`; `''` for the root. Pages link to it with `routes.decide`.
	 */
	path: string;
	/** The answers that lead here. */
	answers: Partial<Answers>;
	/** The engine's result for those answers. */
	result: Recommendation;
	/** The next question to ask, or null on a leaf. */
	question: WizardQuestion | null;
	/** One link per option of `question`, in content order; empty on a leaf. */
	links: DecisionTreeLink[];
	/** Path of the node one answer back; null for the root. */
	parent: string | null;
	/** True when nothing is left to ask: the result is final. */
	leaf: boolean;
}

/** The whole tree: nodes in breadth-first order (root first) and an index by path. */
export interface DecisionTree {
	root: DecisionTreeNode;
	nodes: DecisionTreeNode[];
	byPath: ReadonlyMap<string, DecisionTreeNode>;
	/** Question ids in asking (content) order: the order of path segments. */
	order: AnswerKey[];
}

/**
 * Builds the finite decision tree for the no-JS pages. Each node asks the first still-pending
 * question in content order (questions that no longer change the advice are skipped) and links to
 * one child per option; a node with nothing pending is a leaf with the final result.
 */
export function buildDecisionTree(questions: readonly WizardQuestion[], engine: RecommendFn): DecisionTree {
	const order = listQuestionOrder(questions);
	const byId = new Map(questions.map((q) => [q.id, q]));
	const nodes: DecisionTreeNode[] = [];
	const byPath = new Map<string, DecisionTreeNode>();
	const queue: { answers: Partial<Answers>; parent: string | null }[] = [{ answers: {}, parent: null }];

	while (queue.length > 0) {
		const { answers, parent } = queue.shift() as (typeof queue)[number];
		const path = answersToNodePath(answers, order);
		if (byPath.has(path)) continue;
		const result = engine(answers);
		const nextId = order.find((k) => result.pending.includes(k) && answers[k] === undefined && byId.has(k));
		const question = nextId ? (byId.get(nextId) ?? null) : null;
		const links: DecisionTreeLink[] = [];
		if (question && nextId) {
			for (const o of question.options) {
				if (!isAnswerValue(nextId, o.value)) continue;
				const child = { ...answers, [nextId]: o.value };
				links.push({ value: o.value, label: o.label, explanation: o.explanation, answers: child, path: answersToNodePath(child, order) });
				queue.push({ answers: child, parent: path });
			}
		}
		const node: DecisionTreeNode = { path, answers, result, question, links, parent, leaf: question === null };
		nodes.push(node);
		byPath.set(path, node);
	}
	const root = nodes[0] as DecisionTreeNode;
	return { root, nodes, byPath, order };
}

/**
 * Follows `answers` down the tree from the root, taking the link for each asked question, and
 * returns the deepest node reached: the leaf for a complete answer set.
 */
export function findDecisionNode(tree: DecisionTree, answers: Partial<Answers>): DecisionTreeNode {
	let node = tree.root;
	while (node.question) {
		const value = answers[node.question.id];
		const link = node.links.find((l) => l.value === value);
		const next = link ? tree.byPath.get(link.path) : undefined;
		if (!next) return node;
		node = next;
	}
	return node;
}

/** The node for a path (segments in any order), or null when the path is not a node of the tree. */
export function findNodeByPath(tree: DecisionTree, path: string): DecisionTreeNode | null {
	const answers = nodePathToAnswers(path);
	return answers ? (tree.byPath.get(answersToNodePath(answers, tree.order)) ?? null) : null;
}

/** The nodes from the root down to `node` (both included), following parents. */
export function listNodeTrail(tree: DecisionTree, node: DecisionTreeNode): DecisionTreeNode[] {
	const trail: DecisionTreeNode[] = [node];
	let cursor = node;
	while (cursor.parent !== null) {
		const parent = tree.byPath.get(cursor.parent);
		if (!parent) break;
		trail.unshift(parent);
		cursor = parent;
	}
	return trail;
}

import type { WizardQuestion } from '../schemas/wizard';
import { ANSWER_KEYS, isAnswerKey, isAnswerValue, type AnswerKey, type Answers } from './answers';
import { listQuestionOrder } from './questions';
import type { Recommendation, RecommendFn } from './recommend';

/** Where the no-JS decision pages live. */
export const DECIDE_BASE = '/decide/';

/** A link from a tree node to the node for one answer. */
export interface DecisionTreeLink {
	value: string;
	label: string;
	explanation: string;
	/** Slug of the node this answer leads to. */
	slug: string;
}

/** One static page of the no-JS decision tree. */
export interface DecisionTreeNode {
	/** Page URL, e.g. `/decide/accounts-own/runtime-script/` (`/decide/` for the root). */
	slug: string;
	/** The part after `/decide/` without slashes at the ends, e.g. `accounts-own/runtime-script`; `''` for the root. */
	path: string;
	/** The answers that lead here. */
	answers: Partial<Answers>;
	/** The engine's result for those answers. */
	result: Recommendation;
	/** The next question to ask, or null on a leaf. */
	question: WizardQuestion | null;
	/** One link per option of `question`, in content order; empty on a leaf. */
	links: DecisionTreeLink[];
	/** Slug of the node one answer back; null for the root. */
	parent: string | null;
	/** True when nothing is left to ask: the result is final. */
	leaf: boolean;
}

/** The whole tree: nodes in breadth-first order (root first) and an index by slug. */
export interface DecisionTree {
	root: DecisionTreeNode;
	nodes: DecisionTreeNode[];
	bySlug: ReadonlyMap<string, DecisionTreeNode>;
	/** Question ids in asking (content) order: the order of slug segments. */
	order: AnswerKey[];
}

/**
 * Turns answers into a tree-node slug, segments `<question>-<value>` in question order.
 * @example answersToNodeSlug({ runtime: 'script', accounts: 'own' }) // '/decide/accounts-own/runtime-script/'
 */
export function answersToNodeSlug(answers: Partial<Answers>, order: readonly AnswerKey[] = ANSWER_KEYS): string {
	const segments = order.filter((k) => isAnswerValue(k, answers[k])).map((k) => `${k}-${answers[k] as string}`);
	return segments.length === 0 ? DECIDE_BASE : `${DECIDE_BASE}${segments.join('/')}/`;
}

/**
 * Reads the answers back from a node slug or path (with or without `/decide/` and slashes at the
 * ends). Returns null for anything that is not a valid slug: unknown segment, repeated question.
 * @example nodeSlugToAnswers('/decide/accounts-own/runtime-script/') // { accounts: 'own', runtime: 'script' }
 */
export function nodeSlugToAnswers(slug: string): Partial<Answers> | null {
	const segments = slug.trim().split('/').filter((s) => s !== '');
	if (segments[0] === 'decide') segments.shift();
	const answers: Partial<Record<AnswerKey, string>> = {};
	for (const segment of segments) {
		const dash = segment.indexOf('-');
		const key = segment.slice(0, dash);
		const value = segment.slice(dash + 1);
		if (dash < 0 || !isAnswerKey(key) || !isAnswerValue(key, value) || answers[key] !== undefined) return null;
		answers[key] = value;
	}
	const ordered: Partial<Record<AnswerKey, string>> = {};
	for (const k of ANSWER_KEYS) if (answers[k] !== undefined) ordered[k] = answers[k];
	return ordered as Partial<Answers>;
}

const slugToPath = (slug: string): string => slug.slice(DECIDE_BASE.length).replace(/\/$/, '');

/**
 * Builds the finite decision tree for the no-JS pages. Each node asks the first still-pending
 * question in content order (questions that no longer change the advice are skipped) and links to
 * one child per option; a node with nothing pending is a leaf with the final result.
 */
export function buildDecisionTree(questions: readonly WizardQuestion[], engine: RecommendFn): DecisionTree {
	const order = listQuestionOrder(questions);
	const byId = new Map(questions.map((q) => [q.id, q]));
	const nodes: DecisionTreeNode[] = [];
	const bySlug = new Map<string, DecisionTreeNode>();
	const queue: { answers: Partial<Answers>; parent: string | null }[] = [{ answers: {}, parent: null }];

	while (queue.length > 0) {
		const { answers, parent } = queue.shift() as (typeof queue)[number];
		const slug = answersToNodeSlug(answers, order);
		if (bySlug.has(slug)) continue;
		const result = engine(answers);
		const nextId = order.find((k) => result.pending.includes(k) && answers[k] === undefined && byId.has(k));
		const question = nextId ? (byId.get(nextId) ?? null) : null;
		const links: DecisionTreeLink[] = [];
		if (question && nextId) {
			for (const o of question.options) {
				if (!isAnswerValue(nextId, o.value)) continue;
				const child = { ...answers, [nextId]: o.value };
				links.push({ value: o.value, label: o.label, explanation: o.explanation, slug: answersToNodeSlug(child, order) });
				queue.push({ answers: child, parent: slug });
			}
		}
		const node: DecisionTreeNode = { slug, path: slugToPath(slug), answers, result, question, links, parent, leaf: question === null };
		nodes.push(node);
		bySlug.set(slug, node);
	}
	const root = nodes[0] as DecisionTreeNode;
	return { root, nodes, bySlug, order };
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
		const next = link ? tree.bySlug.get(link.slug) : undefined;
		if (!next) return node;
		node = next;
	}
	return node;
}

/** The node for a slug (segments in any order), or null when the slug is not a node of the tree. */
export function findNodeBySlug(tree: DecisionTree, slug: string): DecisionTreeNode | null {
	const answers = nodeSlugToAnswers(slug);
	return answers ? (tree.bySlug.get(answersToNodeSlug(answers, tree.order)) ?? null) : null;
}

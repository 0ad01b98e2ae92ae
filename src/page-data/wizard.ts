// Page data for the wizard (/wizard/) and the no-JS decision pages (/decide/…).
import { getSiteContent } from '../content/site-content';
import type { ContentBundle } from '../lib/content/bundle';
import type { ClientTypeId, WizardQuestion } from '../lib/schemas';
import { buildDecisionTree, listNodeTrail, recommendClientType, type DecisionTree, type DecisionTreeNode } from '../lib/wizard';
import { buildWizardView, type WizardTypeInfo, type WizardView } from '../lib/wizard/view';
import { routes } from '../routes';

/** Each client type's name, summary and first walkthrough, for the wizard result. */
function typeInfo({ clientTypes, walkthroughs }: Pick<ContentBundle, 'clientTypes' | 'walkthroughs'>): WizardTypeInfo[] {
	return clientTypes.map((t) => {
		const w = walkthroughs.find((x) => x.clientType === t.id);
		return { id: t.id as ClientTypeId, shortName: t.shortName, summary: t.summary, walkthrough: w ? { slug: w.id, title: w.title } : undefined };
	});
}

/** Questions without the `file` field (a build detail the island does not need). */
function questionsOf({ wizardQuestions }: Pick<ContentBundle, 'wizardQuestions'>): WizardQuestion[] {
	return wizardQuestions.map(({ file: _file, ...q }) => q);
}

/** Props of the wizard island: the questions, the types and the result view for no answers. */
export async function getWizardPageData(): Promise<{ questions: WizardQuestion[]; types: WizardTypeInfo[]; initialView: WizardView }> {
	const content = await getSiteContent();
	const types = typeInfo(content);
	return { questions: questionsOf(content), types, initialView: buildWizardView(recommendClientType({}), types, {}, routes) };
}

let tree: Promise<{ tree: DecisionTree; types: WizardTypeInfo[] }> | undefined;

/** The decision tree, built once per build from the same content and engine as the wizard. */
function getDecisionTree() {
	tree ??= getSiteContent().then((content) => ({ tree: buildDecisionTree(questionsOf(content), recommendClientType), types: typeInfo(content) }));
	return tree;
}

/** One step of the answer trail: the question, the answer given and the page to change it. */
export interface DecideTrailStep {
	prompt: string;
	label: string;
	href: string;
}

/** Everything a decision page shows. */
export interface DecidePageData {
	node: DecisionTreeNode;
	title: string;
	trail: DecideTrailStep[];
	/** One link per answer of the node's question. */
	answers: { label: string; explanation: string; href: string }[];
	/** The result view, on a leaf. */
	view: WizardView;
	/** The short name of the type the answers so far point to, if any. */
	soFar: string | undefined;
	home: string;
	wizardHref: string;
}

/** The static paths of /decide/[...path]: one per tree node. */
export async function getDecidePaths(): Promise<{ params: { path: string | undefined }; props: { path: string } }[]> {
	const { tree } = await getDecisionTree();
	return tree.nodes.map((node) => ({ params: { path: node.path || undefined }, props: { path: node.path } }));
}

/** The data of the decision page at a node path. */
export async function getDecidePageData(path: string): Promise<DecidePageData> {
	const { tree, types } = await getDecisionTree();
	const node = tree.byPath.get(path);
	if (!node) throw new Error(`No decision page at decide/${path}/: the tree has no such node.`);
	const nodes = listNodeTrail(tree, node);
	const trail = nodes.slice(0, -1).map((parent, i) => {
		const q = parent.question!;
		const value = nodes[i + 1]!.answers[q.id];
		const opt = q.options.find((o) => o.value === value);
		return { prompt: q.prompt, label: opt?.label ?? String(value), href: routes.decide(parent.answers, tree.order) };
	});
	return {
		node,
		title: node.question ? node.question.prompt : 'Your recommendation',
		trail,
		answers: node.links.map((l) => ({ label: l.label, explanation: l.explanation, href: routes.decide(l.answers, tree.order) })),
		view: buildWizardView(node.result, types, node.answers, routes),
		soFar: types.find((t) => t.id === node.result.recommended)?.shortName,
		home: routes.decide(),
		wizardHref: routes.wizard(node.answers),
	};
}

// What the wizard loads on first use (the first answer, or a link with answers): the engine, its
// wording and the routes, to turn answers into the result view.
import type { Answers } from '../../lib/wizard/answers';
import { recommendClientType } from '../../lib/wizard/recommend';
import { buildWizardView, type WizardTypeInfo, type WizardView } from '../../lib/wizard/view';
import { routes } from '../../routes';

/** The result view for a set of answers. */
export function computeWizardView(answers: Partial<Answers>, types: readonly WizardTypeInfo[]): WizardView {
	return buildWizardView(recommendClientType(answers), types, answers, routes);
}

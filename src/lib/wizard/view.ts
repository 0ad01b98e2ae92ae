// What the wizard's result needs to know about each client type: the view model the page data
// builds from content and the island and /decide/ pages render.
import type { ClientTypeId } from './answers';

export interface WizardTypeInfo {
	id: ClientTypeId;
	shortName: string;
	summary: string;
	/** The walkthrough for this type, if there is one. */
	walkthrough?: { slug: string; title: string } | undefined;
}

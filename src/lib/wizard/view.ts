// The wizard's result as a view: every sentence and link the result panel shows, computed from the
// engine's recommendation. The /decide/ pages and the wizard's empty state build it at build time;
// the island builds it in the browser once an answer is given (the engine loads on first use).
import type { Routes } from '../routes';
import { ANSWER_KEYS, type AnswerKey, type Answers, type ClientTypeId } from './answers';
import {
	describeConflict,
	describeFitGap,
	describeNeededPart,
	describePendingResult,
	describeReason,
	describeResultAnnouncement,
	describeStanding,
	describeStillOpen,
} from './messages';
import type { Recommendation } from './recommend';

/** What the result needs to know about each client type, from content. */
export interface WizardTypeInfo {
	id: ClientTypeId;
	shortName: string;
	summary: string;
	/** The walkthrough for this type, if there is one. */
	walkthrough?: { slug: string; title: string } | undefined;
}

/** The result panel, ready to render: plain strings (backticks mark code) and hrefs. */
export interface WizardView {
	/** The recommended type, or null while nothing is recommended. */
	recommended: {
		id: ClientTypeId;
		shortName: string;
		summary: string;
		/** `with-gaps` when the answers lack one of the type's defining conditions. */
		fit: 'clean' | 'with-gaps';
		eyebrow: string;
		reasons: { key: string; text: string }[];
		gaps: { code: string; text: string }[];
		needs: { code: string; text: string }[];
		stillOpen: string | null;
		links: { label: string; href: string }[];
	} | null;
	/** Title and text shown while nothing is recommended. */
	pending: { title: string; text: string };
	conflicts: { code: string; text: string }[];
	othersTitle: string;
	others: { id: ClientTypeId; standing: 'recommended' | 'possible' | 'ruled-out'; name: string; href: string; text: string }[];
	/** Questions not answered that no longer change the advice (shown as "not needed"). */
	notNeeded: AnswerKey[];
	/** The link to these answers, when any are given. */
	answersLink: string | null;
	/** What a screen reader hears when the result changes. */
	announcement: string;
}

/**
 * Builds the result view for a recommendation.
 * @example buildWizardView(recommendClientType({}), types, {}, createRoutes('/')).pending.title // 'Not decided yet'
 */
export function buildWizardView(result: Recommendation, types: readonly WizardTypeInfo[], answers: Partial<Answers>, routes: Routes): WizardView {
	const names = Object.fromEntries(types.map((t) => [t.id, t.shortName])) as Record<ClientTypeId, string>;
	const rec = types.find((t) => t.id === result.recommended);
	const recStanding = result.standings.find((s) => s.id === result.recommended);
	const gapsOpen = result.gaps.length > 0;
	return {
		recommended:
			rec && recStanding
				? {
						id: rec.id,
						shortName: rec.shortName,
						summary: rec.summary,
						fit: gapsOpen ? 'with-gaps' : 'clean',
						eyebrow: gapsOpen ? 'Closest fit, not a clean one' : 'Register this client type',
						reasons: recStanding.reasons
							.filter((r) => r.effect !== 'neutral' || r.code === 'best_fit' || r.code === 'only_option_left')
							.map((r) => ({ key: `${r.code}-${r.question ?? ''}`, text: describeReason(r, names) })),
						gaps: result.gaps.map((g) => ({ code: g.code, text: describeFitGap(g, names) })),
						needs: result.needs.map((p) => ({ code: p, text: describeNeededPart(p) })),
						stillOpen: result.complete ? null : describeStillOpen(result.pending),
						links: [
							{ label: `About ${rec.shortName}`, href: routes.clientType(rec.id) },
							{ label: 'Its setup checklist', href: routes.checklist({ clientType: rec.id }) },
							...(rec.walkthrough ? [{ label: `Walkthrough: ${rec.walkthrough.title}`, href: routes.walkthrough(rec.walkthrough.slug) }] : []),
							{ label: 'Choose its scopes', href: routes.scopes() },
						],
					}
				: null,
		pending: describePendingResult(result),
		conflicts: result.conflicts.map((c) => ({ code: c.code, text: describeConflict(c, names) })),
		othersTitle: rec ? 'Why not the others' : 'Where each type stands',
		others: result.standings
			.filter((s) => s.id !== result.recommended)
			.map((s) => ({ id: s.id, standing: s.standing, name: names[s.id] ?? s.id, href: routes.clientType(s.id), text: describeStanding(s, names, rec !== undefined) })),
		notNeeded: result.answered.length > 0 ? ANSWER_KEYS.filter((k) => answers[k] === undefined && !result.pending.includes(k)) : [],
		answersLink: Object.keys(answers).length > 0 ? routes.wizard(answers) : null,
		announcement: describeResultAnnouncement(result, rec?.shortName),
	};
}

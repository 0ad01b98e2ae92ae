import { z } from 'zod';
import { WIZARD_ANSWER_VALUES, WIZARD_QUESTION_IDS } from '../ids';

export { WIZARD_ANSWER_VALUES, WIZARD_QUESTION_IDS };
import { SourcesSchema } from './common';

export const WizardQuestionIdSchema = z.enum(WIZARD_QUESTION_IDS);
export type WizardQuestionId = z.output<typeof WizardQuestionIdSchema>;

/** A set of wizard answers; a missing key means the question is unanswered. */
export const WizardAnswersSchema = z.object({
	accounts: z.enum(WIZARD_ANSWER_VALUES.accounts).optional(),
	runtime: z.enum(WIZARD_ANSWER_VALUES.runtime).optional(),
	webui: z.enum(WIZARD_ANSWER_VALUES.webui).optional(),
	redirect: z.enum(WIZARD_ANSWER_VALUES.redirect).optional(),
});
export type WizardAnswers = z.output<typeof WizardAnswersSchema>;

/** One choice of a wizard question. */
export const WizardOptionSchema = z.object({
	/** The answer value as it appears in the URL, e.g. `script`. */
	value: z.string().min(1),
	/** Short label on the button, e.g. `A script or scheduled job`. */
	label: z.string().min(1),
	/** One line with an example, e.g. `a nightly sync with a legacy product database`. */
	explanation: z.string().min(1),
});
export type WizardOption = z.output<typeof WizardOptionSchema>;

/**
 * A wizard question as written in `content/wizard/questions.yaml`. Its `id` and option values
 * must match the engine's answer keys ({@link WIZARD_ANSWER_VALUES}); each known value must appear
 * exactly once.
 */
export const WizardQuestionSchema = z
	.object({
		/** Which question: also its URL parameter, e.g. `runtime`. */
		id: WizardQuestionIdSchema,
		/** Asking order (lower first). */
		order: z.number().int(),
		/** The question as shown, e.g. `Where does your code run?`. */
		prompt: z.string().min(1),
		/** One line that explains the jargon in the prompt. */
		help: z.string().min(1),
		/** One option per known answer value, in display order. */
		options: z.array(WizardOptionSchema).min(2),
		/** Zoho pages that back the distinction this question draws. */
		sources: SourcesSchema.optional(),
	})
	.superRefine((q, ctx) => {
		const known: readonly string[] = WIZARD_ANSWER_VALUES[q.id];
		const seen = new Set<string>();
		q.options.forEach((o, i) => {
			if (!known.includes(o.value)) {
				ctx.addIssue({
					code: 'custom',
					path: ['options', i, 'value'],
					message: `option \`${o.value}\` is not an answer the engine knows for \`${q.id}\`; use one of ${known.join(', ')}`,
				});
			}
			if (seen.has(o.value)) {
				ctx.addIssue({ code: 'custom', path: ['options', i, 'value'], message: `option \`${o.value}\` appears twice` });
			}
			seen.add(o.value);
		});
		for (const v of known) {
			if (!seen.has(v)) {
				ctx.addIssue({ code: 'custom', path: ['options'], message: `option \`${v}\` of \`${q.id}\` is missing; every answer needs an option` });
			}
		}
	});
export type WizardQuestion = z.output<typeof WizardQuestionSchema>;
export type WizardQuestionInput = z.input<typeof WizardQuestionSchema>;

/** The whole questions file: every question exactly once, with distinct `order` values. */
export const WizardQuestionListSchema = z.array(WizardQuestionSchema).superRefine((list, ctx) => {
	const ids = list.map((q) => q.id);
	for (const id of WIZARD_QUESTION_IDS) {
		const n = ids.filter((x) => x === id).length;
		if (n !== 1) {
			ctx.addIssue({ code: 'custom', path: [], message: `question \`${id}\` must appear exactly once (found ${n})` });
		}
	}
	const orders = list.map((q) => q.order);
	if (new Set(orders).size !== orders.length) {
		ctx.addIssue({ code: 'custom', path: [], message: 'every question needs a distinct `order`' });
	}
});

import { WizardQuestionListSchema, type WizardQuestion } from '../schemas/wizard';
import { ANSWER_KEYS, type AnswerKey } from './answers';
import { RULES } from './rules';

/** A mismatch between the questions content and the engine's decision table. */
export interface QuestionIssue {
	code: 'unknown_question' | 'missing_question' | 'unknown_option' | 'missing_option' | 'invalid_content';
	/** The question id (or the raw id for unknown ones). */
	question: string;
	/** The option value, for option issues. */
	value?: string;
	/** For `invalid_content`: the schema's message, with the path. */
	detail?: string;
}

/**
 * Checks that every question and option in the content has a row in the engine's decision table
 * (`RULES`) and every row has a question and option. Returns an empty list when they agree.
 */
export function compareQuestionsWithEngine(questions: readonly { id: string; options: readonly { value: string }[] }[]): QuestionIssue[] {
	const issues: QuestionIssue[] = [];
	const ids = new Set(questions.map((q) => q.id));
	for (const q of questions) {
		const row = (RULES as Record<string, Record<string, unknown> | undefined>)[q.id];
		if (!row) {
			issues.push({ code: 'unknown_question', question: q.id });
			continue;
		}
		const values = new Set(q.options.map((o) => o.value));
		for (const v of values) if (!(v in row)) issues.push({ code: 'unknown_option', question: q.id, value: v });
		for (const v of Object.keys(row)) if (!values.has(v)) issues.push({ code: 'missing_option', question: q.id, value: v });
	}
	for (const key of ANSWER_KEYS) if (!ids.has(key)) issues.push({ code: 'missing_question', question: key });
	return issues;
}

/**
 * Parses raw questions content (e.g. the parsed `content/wizard/questions.yaml`) and checks it
 * against the engine. Never throws: returns the questions sorted by `order`, or issues.
 */
export function loadWizardQuestions(raw: unknown): { questions: WizardQuestion[]; issues: QuestionIssue[] } {
	const parsed = WizardQuestionListSchema.safeParse(raw);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i): QuestionIssue => ({
			code: 'invalid_content',
			question: String(i.path[0] ?? ''),
			detail: `${i.path.join('.') || '(root)'}: ${i.message}`,
		}));
		return { questions: [], issues };
	}
	const questions = sortQuestions(parsed.data);
	return { questions, issues: compareQuestionsWithEngine(questions) };
}

/** Returns the questions sorted by their `order` field (a new array). */
export function sortQuestions<Q extends { order: number }>(questions: readonly Q[]): Q[] {
	return [...questions].sort((a, b) => a.order - b.order);
}

/** The question ids in asking order; engine order for any id the list lacks. */
export function listQuestionOrder(questions: readonly { id: string; order: number }[]): AnswerKey[] {
	const ordered = sortQuestions(questions).map((q) => q.id).filter((id): id is AnswerKey => (ANSWER_KEYS as readonly string[]).includes(id));
	return [...ordered, ...ANSWER_KEYS.filter((k) => !ordered.includes(k))];
}

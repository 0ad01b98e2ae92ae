import { describe, expect, it } from 'vitest';
import { WizardQuestionListSchema, WizardQuestionSchema } from '../../../src/lib/schemas';
import {
	RULES,
	WIZARD_ANSWER_VALUES,
	compareQuestionsWithEngine,
	listQuestionOrder,
	loadWizardQuestions,
} from '../../../src/lib/wizard';
import { loadQuestions, readQuestionsYaml } from './helpers';

describe('content/wizard/questions.yaml', () => {
	it('parses with WizardQuestionListSchema', () => {
		const r = WizardQuestionListSchema.safeParse(readQuestionsYaml());
		expect(r.error?.issues ?? []).toEqual([]);
	});

	it('agrees with the engine: every question and option has a rule, every rule an option', () => {
		const { questions, issues } = loadWizardQuestions(readQuestionsYaml());
		expect(issues).toEqual([]);
		for (const q of questions) {
			expect(q.options.map((o) => o.value).sort()).toEqual(Object.keys(RULES[q.id]).sort());
			expect([...WIZARD_ANSWER_VALUES[q.id]].sort()).toEqual(Object.keys(RULES[q.id]).sort());
		}
		expect(questions.map((q) => q.id).sort()).toEqual(Object.keys(RULES).sort());
	});

	it('asks in the order accounts, runtime, webui, redirect', () => {
		expect(listQuestionOrder(loadQuestions())).toEqual(['accounts', 'runtime', 'webui', 'redirect']);
	});

	it('has one-line help and explanations', () => {
		for (const q of loadQuestions()) {
			expect(q.help).not.toContain('\n');
			for (const o of q.options) expect(o.explanation).not.toContain('\n');
		}
	});
});

describe('WizardQuestionSchema', () => {
	const base = {
		id: 'webui',
		order: 3,
		prompt: 'Web pages?',
		help: 'A page people open.',
		options: [
			{ value: 'yes', label: 'Yes', explanation: 'A dashboard.' },
			{ value: 'no', label: 'No', explanation: 'A cron job.' },
		],
	};

	it('accepts a valid question', () => {
		expect(WizardQuestionSchema.safeParse(base).success).toBe(true);
	});

	it('rejects an option value the engine does not know, naming it', () => {
		const r = WizardQuestionSchema.safeParse({ ...base, options: [...base.options, { value: 'maybe', label: 'M', explanation: 'x' }] });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.path).toEqual(['options', 2, 'value']);
		expect(r.error?.issues[0]?.message).toContain('`maybe`');
	});

	it('rejects a missing option', () => {
		const r = WizardQuestionSchema.safeParse({ ...base, options: [base.options[0], base.options[0]] });
		expect(r.error?.issues.map((i) => i.message)).toEqual([
			'option `yes` appears twice',
			'option `no` of `webui` is missing; every answer needs an option',
		]);
	});

	it('rejects an unknown question id', () => {
		expect(WizardQuestionSchema.safeParse({ ...base, id: 'budget' }).success).toBe(false);
	});

	it('rejects a list missing a question', () => {
		const list = loadQuestions().filter((q) => q.id !== 'redirect');
		const r = loadWizardQuestions(list);
		expect(r.questions).toEqual([]);
		expect(r.issues).toEqual([
			{ code: 'invalid_content', question: '', detail: '(root): question `redirect` must appear exactly once (found 0)' },
		]);
	});
});

describe('compareQuestionsWithEngine', () => {
	it('reports drift in both directions', () => {
		const issues = compareQuestionsWithEngine([
			{ id: 'accounts', options: [{ value: 'own' }, { value: 'team' }] },
			{ id: 'budget', options: [] },
		]);
		expect(issues).toEqual([
			{ code: 'unknown_option', question: 'accounts', value: 'team' },
			{ code: 'missing_option', question: 'accounts', value: 'others' },
			{ code: 'unknown_question', question: 'budget' },
			{ code: 'missing_question', question: 'runtime' },
			{ code: 'missing_question', question: 'webui' },
			{ code: 'missing_question', question: 'redirect' },
		]);
	});
});

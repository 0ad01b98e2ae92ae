// Shared fixtures for the wizard tests: the real questions file, parsed through the real schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { WizardQuestionListSchema, type WizardQuestion } from '../../../src/lib/schemas';

export const QUESTIONS_FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'wizard', 'questions.yaml');

/** The raw YAML of content/wizard/questions.yaml. */
export function readQuestionsYaml(): unknown {
	return parseYaml(readFileSync(QUESTIONS_FILE, 'utf8'));
}

/** The questions as the site sees them (throws with the schema's messages if the file is broken). */
export function loadQuestions(): WizardQuestion[] {
	return WizardQuestionListSchema.parse(readQuestionsYaml());
}

// Checklist → Markdown for tickets and wikis: a task list with `- [x]` / `- [ ]` per step, commands
// and SDK code in fenced blocks, limits and disagreements with their sources.
import type { Claim } from '../schemas';
import { CLIENT_SECRET_ENV } from './placeholders';
import type { Checklist, ChecklistStepResult } from './types';

/** Indents every non-empty line by `n` spaces (list-item continuation). */
function indent(text: string, n = 2): string {
	const pad = ' '.repeat(n);
	return text
		.split('\n')
		.map((l) => (l.trim() === '' ? '' : pad + l))
		.join('\n');
}

/** A fence longer than any backtick run inside the text. */
function fence(text: string, lang: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const f = '`'.repeat(longest + 1);
	return `${f}${lang}\n${text}\n${f}`;
}

function claimLine(c: Claim): string {
	const note = c.note ? ` (${c.note})` : '';
	const conf = c.confidence !== 'documented' ? ` [${c.confidence}]` : '';
	return `${c.value}${note}${conf} — ${c.sources.join(', ')}`;
}

function renderStep(step: ChecklistStepResult, done: boolean): string {
	const parts: string[] = [step.body];
	if (step.fields && step.fields.length > 0) {
		const lines = step.fields.map((f) => {
			const req = f.required ? 'required' : 'disputed';
			const disputed =
				f.disputed.length > 0
					? ` Sources disagree on whether it is asked:${f.disputed.map((c) => `\n  - ${claimLine(c)}`).join('')}`
					: '';
			return `- **${f.label}** (${req}): ${f.value}${disputed}`;
		});
		parts.push(`Fields:\n\n${lines.join('\n')}`);
	}
	for (const c of step.commands) {
		parts.push(`${c.label}:\n\n${fence(c.text, c.kind === 'url' ? 'text' : 'sh')}${c.note ? `\n\n${c.note}` : ''}`);
	}
	if (step.code) {
		const notes = step.code.notes.map((n) => `\n\n${n}`).join('');
		parts.push(`${step.code.sdk} — ${step.code.title}:\n\n${fence(step.code.text, step.code.fence)}${notes}`);
	}
	const limits: string[] = [];
	for (const f of step.facts) {
		if (f.disputed) {
			limits.push(`- **${f.title}** — sources disagree:\n${f.claims.map((c) => `  - ${claimLine(c)}`).join('\n')}`);
		} else {
			const c = f.claims[0];
			limits.push(`- **${f.title}**: ${c ? claimLine(c) : f.sources.join(', ')}`);
		}
	}
	for (const n of step.notes) {
		const claims = n.claims.map((c) => `\n  - ${claimLine(c)}`).join('');
		limits.push(`- ${n.text}${claims.length > 0 ? claims : ` — ${n.sources.join(', ')}`}`);
	}
	if (limits.length > 0) parts.push(`Limits and pitfalls:\n\n${limits.join('\n')}`);
	parts.push(`Sources: ${step.sources.join(', ')}`);
	const head = `- [${done ? 'x' : ' '}] **${step.title}**${step.optional ? ' (optional)' : ''}`;
	return `${head}\n\n${indent(parts.join('\n\n'))}`;
}

/**
 * Renders a checklist as Markdown for a ticket or wiki page. Steps whose id is in `ticked` are
 * rendered `- [x]`, the others `- [ ]`. Contains no secret: commands keep `${ZOHO_CLIENT_SECRET}`.
 */
export function renderChecklistMarkdown(checklist: Checklist, ticked: ReadonlySet<string>): string {
	const out: string[] = [`# ${checklist.title}`];
	const meta = [
		`- Client type: ${checklist.clientType.name}`,
		`- Data center: ${checklist.dataCenter.name} — accounts server \`${checklist.dataCenter.accountsServer}\`, API domain \`${checklist.dataCenter.apiDomain}\``,
		`- Scopes: \`${checklist.scopes}\``,
		...(checklist.lang ? [`- SDK: ${checklist.lang.sdk}${checklist.lang.install ? ` (${checklist.lang.install})` : ''}`] : []),
		`- Client secret: not included; commands read it from the \`${CLIENT_SECRET_ENV}\` environment variable.`,
		`- Progress: ${checklist.steps.filter((s) => ticked.has(s.id)).length} of ${checklist.steps.length} steps done`,
	];
	out.push(meta.join('\n'));
	for (const phase of checklist.phases) {
		out.push(`## ${phase.title}`);
		for (const step of checklist.steps.filter((s) => s.phase === phase.id)) out.push(renderStep(step, ticked.has(step.id)));
	}
	return `${out.join('\n\n')}\n`;
}

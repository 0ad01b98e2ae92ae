// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Wizard from '../../src/islands/Wizard';
import { createRoutes } from '../../src/lib/routes';
import { recommendClientType } from '../../src/lib/wizard';
import { buildWizardView, type WizardTypeInfo } from '../../src/lib/wizard/view';
import { resetWizardStore } from '../../src/stores/wizard-store';
import { loadContent } from '../helpers/content';

const content = loadContent();
const questions = content.wizardQuestions.map(({ file: _f, ...q }) => q);
const types = content.clientTypes.map((t) => ({ id: t.id, shortName: t.shortName, summary: t.summary })) as WizardTypeInfo[];

const initialView = buildWizardView(recommendClientType({}), types, {}, createRoutes('/'));

function open(search = '') {
	window.history.replaceState(null, '', `/wizard/${search}`);
	return render(<Wizard questions={questions} types={types} initialView={initialView} />);
}

beforeEach(() => resetWizardStore());
afterEach(() => window.history.replaceState(null, '', '/'));

describe('Wizard island', () => {
	it('asks every question as a labelled radio group', () => {
		open();
		for (const q of questions) {
			const group = screen.getByRole('group', { name: new RegExp(q.prompt.replace(/[?()]/g, '.')) });
			expect(within(group).getAllByRole('radio')).toHaveLength(q.options.length);
		}
	});

	it('recommends Self Client for a back-end sync of your own org and writes the answers to the URL', async () => {
		const user = userEvent.setup();
		const { container } = open();
		await user.click(screen.getByRole('radio', { name: /Only my own/ }));
		await user.click(screen.getByRole('radio', { name: /As a script or scheduled job/ }));
		await user.click(screen.getByRole('radio', { name: /No web pages/ }));
		await user.click(screen.getByRole('radio', { name: /^No, there is no address/ }));
		expect(container.querySelector('[data-client-type]')?.getAttribute('data-client-type')).toBe('self-client');
		expect(window.location.search).toBe('?accounts=own&runtime=script&webui=no&redirect=no');
		expect(screen.getByText('Recommended: Self Client.')).toBeInTheDocument();
	});

	it('opens a shared link in that state, and says what it ignored', async () => {
		const { container } = open('?accounts=others&runtime=server&webui=yes&redirect=yes&utm=x');
		expect(await screen.findByRole('radio', { name: /Other people's accounts too/ })).toBeChecked();
		expect(container.querySelector('[data-client-type]')?.getAttribute('data-client-type')).toBe('server-based');
		expect(screen.getByText(/parameter is not one this page uses/)).toBeInTheDocument();
		expect(window.location.search).toBe('?accounts=others&runtime=server&webui=yes&redirect=yes');
	});

	it('does not present Server-based as a clean fit for an app without web pages, and names what it still needs', async () => {
		const { container } = open('?accounts=others&runtime=server&webui=no&redirect=yes');
		await screen.findByText('Closest fit, not a clean one');
		const section = container.querySelector('[data-client-type]')!;
		expect(section.getAttribute('data-client-type')).toBe('server-based');
		expect(section.getAttribute('data-fit')).toBe('with-gaps');
		expect(section.querySelector('[data-gap="no_web_ui"]')?.textContent).toMatch(/both a dedicated back-end server and a web UI; you answered that your app has no web pages/);
		expect([...section.querySelectorAll('[data-needed-part]')].map((e) => e.getAttribute('data-needed-part'))).toEqual(['consent_page', 'redirect_endpoint']);
		expect(section.textContent).toContain('A page that starts consent');
		expect(section.textContent).not.toContain('It fits your answers best.');
		expect(screen.getByText(/^Closest fit: Server-based, not a clean one/)).toBeInTheDocument();
	});

	it('presents Server-based as a clean fit for a web app with pages and a redirect', async () => {
		const { container } = open('?accounts=others&runtime=server&webui=yes&redirect=yes');
		await screen.findByText('Register this client type');
		expect(container.querySelector('[data-client-type]')?.getAttribute('data-fit')).toBe('clean');
		expect(container.querySelector('[data-fit-gaps]')).toBeNull();
	});

	it('shows a conflict instead of a guess when answers pull apart', async () => {
		const { container } = open('?accounts=own&runtime=browser&webui=no&redirect=no');
		await screen.findByText('Answers that pull apart');
		expect(container.querySelectorAll('[data-conflict]').length).toBeGreaterThan(0);
	});

	it('starts over', async () => {
		const user = userEvent.setup();
		const { container } = open('?runtime=mobile');
		await screen.findByRole('radio', { name: /In an installed app/ });
		await user.click(screen.getByRole('button', { name: 'Start over' }));
		expect(container.querySelector('[data-client-type]')).toBeNull();
		expect(window.location.search).toBe('');
	});
});

// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import Checklist from '../../src/islands/Checklist';
import { checklistChoicesView, checklistContent } from '../../src/lib/checklists/view';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../src/lib/checklists';
import { resetChecklistStore } from '../../src/stores/checklist-store';
import { resetProgressStorage } from '../../src/stores/checklist-progress';
import { loadContent } from '../helpers/content';

const content = checklistContent(loadContent());
const choicesView = checklistChoicesView(content, { form: '/checklist/', wizard: '/wizard/', scopes: '/scopes/' });
const EU_SELF = '?type=self-client&dc=eu&s=ZohoCRM.modules.ALL&lang=java';

/** The island fetches its content once a type is chosen: serve it from memory. */
function serveContent() {
	vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(content), { headers: { 'Content-Type': 'application/json' } }));
}

function open(search = '') {
	window.history.replaceState(null, '', `/checklist/${search}`);
	serveContent();
	return render(<Checklist choicesView={choicesView} dataUrl="/data/checklist.json" />);
}

/** Waits until the checklist (loaded on demand) is on the page. */
const shown = () => screen.findByText('Accounts server', { selector: 'dt' });

/** The summary value next to a label ("Accounts server", "API domain", "Scopes"). */
function summary(label: string): string {
	const dt = screen.getByText(label, { selector: 'dt' });
	return dt.parentElement?.querySelector('dd')?.textContent ?? '';
}

beforeEach(() => {
	resetChecklistStore();
	resetProgressStorage();
	window.localStorage.clear();
});
afterEach(() => {
	window.history.replaceState(null, '', '/');
	vi.restoreAllMocks();
});

describe('Checklist island', () => {
	it('asks for a client type first, with labelled choices and a way to the wizard', async () => {
		open();
		expect(await screen.findByRole('link', { name: /wizard/ })).toHaveAttribute('href', '/wizard/');
		const types = screen.getByRole('group', { name: 'Client type' });
		expect(within(types).getAllByRole('radio')).toHaveLength(5);
		expect(screen.getByRole('combobox', { name: 'Data center' })).toHaveValue('us');
		expect(screen.getByRole('combobox', { name: 'SDK language' })).toHaveValue('java');
		expect(within(screen.getByRole('combobox', { name: 'SDK language' })).getAllByRole('option').map((o) => o.textContent)).toEqual([
			'Java', 'Python', 'Node.js', 'TypeScript', 'PHP', 'C#',
		]);
		expect(screen.getByRole('textbox', { name: 'Scopes' })).toHaveValue('');
		expect(screen.getByRole('textbox', { name: 'Client ID (optional)' })).not.toHaveAttribute('name');
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		expect(screen.queryByLabelText(/secret/i)).toBeNull();
	});

	it('sets data-hydrated on a link with a client type only once its steps show, and keeps it', async () => {
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		window.history.replaceState(null, '', `/checklist/${EU_SELF}`);
		vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
			await gate;
			return new Response(JSON.stringify(content), { headers: { 'Content-Type': 'application/json' } });
		});
		const { container } = render(<Checklist choicesView={choicesView} dataUrl="/data/checklist.json" />);
		const root = container.querySelector('.checklist')!;
		expect(await screen.findByRole('radio', { name: 'Self Client' })).toBeChecked();
		expect(root).not.toHaveAttribute('data-hydrated');
		expect(container.querySelectorAll('li.cl-step')).toHaveLength(0);
		await act(async () => release());
		await shown();
		expect(root).toHaveAttribute('data-hydrated');
		expect(container.querySelectorAll('li.cl-step').length).toBeGreaterThanOrEqual(5);
		await userEvent.click(screen.getByRole('radio', { name: 'Server-based' }));
		expect(root).toHaveAttribute('data-hydrated');
	});

	it('sets data-hydrated on a plain link once it is read, with no steps to wait for', async () => {
		const { container } = open();
		await screen.findByRole('link', { name: /wizard/ });
		await vi.waitFor(() => expect(container.querySelector('.checklist')).toHaveAttribute('data-hydrated'));
	});

	it('opens a filled link: phases as h2, steps as h3 with anchors, the DC servers and the scopes', async () => {
		const { container } = open(EU_SELF);
		expect(await screen.findByRole('radio', { name: 'Self Client' })).toBeChecked();
		await shown();
		expect(summary('Accounts server')).toBe('https://accounts.zoho.eu');
		expect(summary('API domain')).toBe('https://www.zohoapis.eu');
		expect(summary('Scopes')).toBe('ZohoCRM.modules.ALL');
		expect(screen.getByRole('heading', { level: 2, name: 'Register the client in the API Console' })).toBeInTheDocument();
		const step = container.querySelector('#register-self-client');
		expect(step).not.toBeNull();
		expect(within(step as HTMLElement).getByRole('heading', { level: 3, name: 'Create the Self Client' })).toBeInTheDocument();
		expect(within(step as HTMLElement).getByRole('link', { name: /Link to the step/ })).toHaveAttribute('href', '#register-self-client');
		// Commands and SDK code are plain text in <pre><code>, filled with the DC and scopes.
		const codes = [...container.querySelectorAll('pre > code')].map((c) => c.textContent ?? '');
		expect(codes.some((c) => c.includes('curl -X POST "https://accounts.zoho.eu/oauth/v2/token"'))).toBe(true);
		expect(codes.some((c) => c.includes('EUDataCenter'))).toBe(true);
		const grant = container.querySelector('#grant-self-client-code') as HTMLElement;
		expect(within(grant).getByText('ZohoCRM.modules.ALL', { selector: 'li code' })).toBeInTheDocument();
		expect(container.querySelectorAll('[data-disputed]').length).toBeGreaterThan(0);
		expect(window.location.search).toBe(EU_SELF);
	});

	it('choosing a data center changes the accounts server shown and the URL', async () => {
		const user = userEvent.setup();
		open(EU_SELF);
		await screen.findByRole('radio', { name: 'Self Client' });
		await shown();
		await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'jp');
		expect(summary('Accounts server')).toBe('https://accounts.zoho.jp');
		expect(summary('API domain')).toBe('https://www.zohoapis.jp');
		expect(screen.getByRole('heading', { level: 3, name: /at https:\/\/accounts\.zoho\.jp$/ })).toBeInTheDocument();
		await vi.waitFor(() => expect(window.location.search).toBe('?type=self-client&dc=jp&s=ZohoCRM.modules.ALL&lang=java'));
	});

	it('choosing a client type and an SDK language writes them to the URL', async () => {
		const user = userEvent.setup();
		open();
		await user.click(await screen.findByRole('radio', { name: 'Server-based' }));
		await user.selectOptions(screen.getByRole('combobox', { name: 'SDK language' }), 'python');
		expect(window.location.search).toBe('?type=server-based&lang=python');
		expect(screen.getByRole('checkbox', { name: 'Register a Server-based Applications client' })).toBeInTheDocument();
		expect(document.querySelector('[data-sdk-code="python"]')).not.toBeNull();
	});

	it('ticks a step and keeps the tick after a reload', async () => {
		const user = userEvent.setup();
		const first = open(EU_SELF);
		const box = await screen.findByRole('checkbox', { name: 'Create the Self Client' });
		await user.click(box);
		expect(box).toBeChecked();
		expect(screen.getByText(/^1 of \d+ steps done$/)).toBeInTheDocument();
		const saved = JSON.parse(window.localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '');
		expect(saved).toEqual({ version: PROGRESS_VERSION, ticked: { 'self-client:eu:java': ['register-self-client'] } });
		first.unmount();
		resetChecklistStore();
		open(EU_SELF);
		expect(await screen.findByRole('checkbox', { name: 'Create the Self Client' })).toBeChecked();
	});

	it('resets corrupted saved progress with a visible notice', async () => {
		window.localStorage.setItem(PROGRESS_STORAGE_KEY, '{"version":1,"ticked":');
		open(EU_SELF);
		const notice = await screen.findByText(/saved progress could not be read/);
		expect(notice.closest('[role="status"]')).not.toBeNull();
		expect(screen.getByRole('checkbox', { name: 'Create the Self Client' })).not.toBeChecked();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByText(/saved progress could not be read/)).toBeNull();
	});

	it('resets progress saved by an older version with a notice', async () => {
		window.localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 0, ticked: {} }));
		open(EU_SELF);
		expect(await screen.findByText(/older version of this page/)).toBeInTheDocument();
	});

	it('downloads Markdown with `- [x]` for a ticked step and revokes the object URL', async () => {
		vi.useFakeTimers({ shouldAdvanceTime: true });
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		let blob: Blob | undefined;
		const create = vi.fn((b: Blob) => {
			blob = b;
			return 'blob:checklist';
		});
		const revoke = vi.fn();
		Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		open(EU_SELF);
		await user.click(await screen.findByRole('checkbox', { name: 'Create the Self Client' }));
		await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
		expect(click).toHaveBeenCalledTimes(1);
		const a = click.mock.contexts[0] as HTMLAnchorElement;
		expect(a.download).toBe('zoho-oauth-checklist-self-client-eu-java.md');
		const md = await (blob as Blob).text();
		expect(md).toContain('- [x] **Create the Self Client**');
		expect(md).toContain('- [ ] **Generate a code');
		expect(md).toContain('https://accounts.zoho.eu');
		expect(screen.getByText('Downloaded zoho-oauth-checklist-self-client-eu-java.md.')).toBeInTheDocument();
		vi.advanceTimersByTime(2000);
		expect(revoke).toHaveBeenCalledWith('blob:checklist');
		vi.useRealTimers();
	});

	it('copies the Markdown and says so', async () => {
		const user = userEvent.setup();
		open(EU_SELF);
		await user.click(await screen.findByRole('checkbox', { name: 'Create the Self Client' }));
		await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
		expect(await screen.findByText('Copied the Markdown.')).toBeInTheDocument();
		expect(await navigator.clipboard.readText()).toContain('- [x] **Create the Self Client**');
	});

	it('fills the client ID into commands but never into the URL or storage', async () => {
		const user = userEvent.setup();
		const { container } = open(EU_SELF);
		await user.type(await screen.findByRole('textbox', { name: 'Client ID (optional)' }), '1000.ABCDEF123');
		const codes = [...container.querySelectorAll('pre > code')].map((c) => c.textContent ?? '').join('\n');
		expect(codes).toContain('client_id=1000.ABCDEF123');
		await user.click(screen.getByRole('checkbox', { name: 'Create the Self Client' }));
		await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'in');
		await user.type(screen.getByRole('textbox', { name: 'Scopes' }), ',ZohoCRM.users.READ');
		expect(window.location.href).not.toContain('1000.ABCDEF123');
		expect(window.location.href).not.toContain('ABCDEF');
		expect(window.location.search).toBe('?type=self-client&dc=in&s=ZohoCRM.modules.ALL,ZohoCRM.users.READ&lang=java');
		expect(window.localStorage.getItem(PROGRESS_STORAGE_KEY)).not.toContain('ABCDEF');
		// Typing ~30 keys regenerates the checklist each time: allow a busy machine more than the default 5 s.
	}, 20_000);

	it('ignores a tampered link with a notice and renders nothing from it as HTML', async () => {
		const { container } = open('?type=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dc=mars&x=%3Cimg%20src%3Dx%3E');
		const notices = await screen.findByText('Some of the link was ignored:');
		const box = notices.closest('[role="status"]') as HTMLElement;
		expect(box).not.toBeNull();
		expect(box.textContent).toContain('dc=mars');
		expect(box.textContent).toContain('<script>alert(1)</script>');
		expect(container.querySelector('script, img')).toBeNull();
		expect(screen.getByRole('link', { name: /wizard/ })).toBeInTheDocument();
		expect(window.location.search).toBe('');
	});

	it('copies a single command', async () => {
		const user = userEvent.setup();
		open(EU_SELF);
		const buttons = await screen.findAllByRole('button', { name: /^Copy command: / });
		await user.click(buttons[0] as HTMLElement);
		expect(await screen.findByText('Copied the command.')).toBeInTheDocument();
		expect(await navigator.clipboard.readText()).toMatch(/^curl /);
	});

	it('scrolls to the step named in the link hash once the checklist is shown', async () => {
		const scroll = vi.fn();
		const original = Element.prototype.scrollIntoView;
		Element.prototype.scrollIntoView = scroll;
		onTestFinished(() => {
			Element.prototype.scrollIntoView = original;
		});
		window.history.replaceState(null, '', `/checklist/${EU_SELF}#call-api`);
		serveContent();
		await act(async () => {
			render(<Checklist choicesView={choicesView} dataUrl="/data/checklist.json" />);
		});
		await vi.waitFor(() => expect(scroll).toHaveBeenCalled());
		expect(scroll.mock.contexts[0]).toBe(document.getElementById('call-api'));
	});
});

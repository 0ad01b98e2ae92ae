import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_WIDTH, layoutSequence, type SequenceLayout } from '../../src/lib/diagram/sequence';
import { wrapText } from '../../src/lib/diagram/wrap';
import { loadContent } from '../helpers/content';

/** The layout's own character-width estimates (DejaVu Sans at 12px, the widest common UI font). */
const CHAR_W = 6.6;
const CHAR_W_BOLD = 7.4;
const longest = (lines: string[]) => Math.max(...lines.map((l) => l.length));

/** Everything a layout draws that would be clipped or collide, as readable lines. */
function overflows(l: SequenceLayout): string[] {
	const out: string[] = [];
	for (const p of l.participants) {
		if (longest(p.lines) * CHAR_W_BOLD > p.boxWidth - 8) out.push(`title of ${p.name} wider than its box`);
		if (p.boxX < 0 || p.boxX + p.boxWidth > l.width) out.push(`box of ${p.name} outside the drawing`);
	}
	for (const m of l.messages) {
		const w = longest(m.lines) * CHAR_W;
		const left = m.labelAnchor === 'start' ? m.labelX : m.labelAnchor === 'end' ? m.labelX - w : m.labelX - w / 2;
		if (left < 0 || left + w > l.width) out.push(`label ${m.index} (${left.toFixed(0)}–${(left + w).toFixed(0)}) outside 0–${l.width}`);
		if (m.labelY - l.fontSize < l.lifelineTop) out.push(`label ${m.index} overlaps the boxes`);
	}
	for (const [a, b] of l.messages.slice(1).map((m, i) => [l.messages[i]!, m] as const)) {
		const bottomOfA = Math.max(a.y + (a.self ? 16 : 0), a.labelY + (a.lines.length - 1) * l.lineHeight);
		if (b.labelY - l.fontSize < bottomOfA) out.push(`row ${b.index} overlaps row ${a.index}`);
	}
	if (l.lifelineBottom > l.height) out.push('lifelines run past the drawing');
	return out;
}

describe('wrapText', () => {
	it.each([
		{ text: 'Zoho Accounts', max: 20, lines: ['Zoho Accounts'] },
		{ text: 'Zoho Accounts (accounts.zoho.com)', max: 20, lines: ['Zoho Accounts', '(accounts.zoho.com)'] },
		{ text: 'Zoho Accounts (accounts.zoho.com)', max: 15, lines: ['Zoho Accounts', '(accounts', '.zoho.com)'] },
		{ text: '302 to redirect_uri?code&state', max: 16, lines: ['302 to', 'redirect_uri', '?code&state'] },
		{ text: 'GET /crm/v8/settings/fields?module=Products', max: 20, lines: ['GET /crm/v8/settings', '/fields?module', '=Products'] },
		{ text: '2. GET /oauth/v2/auth?response_type=token&scope&state', max: 40, lines: ['2. GET /oauth/v2/auth', '?response_type=token&scope&state'] },
		{ text: '6. POST /oauth/v2/token grant_type=authorization_code', max: 40, lines: ['6. POST /oauth/v2/token', 'grant_type=authorization_code'] },
		{ text: '11. On disconnect, POST /oauth/v2/token/revoke', max: 40, lines: ['11. On disconnect, POST', '/oauth/v2/token/revoke'] },
		{ text: 'access_token, refresh_token, api_domain', max: 20, lines: ['access_token,', 'refresh_token,', 'api_domain'] },
		{ text: 'abcdefghij', max: 4, lines: ['abcd', 'efgh', 'ij'] },
		{ text: '  spaced   out  ', max: 40, lines: ['spaced out'] },
	])('$text at $max characters → $lines', ({ text, max, lines }) => {
		expect(wrapText(text, max)).toEqual(lines);
	});
	it('never makes a line longer than asked and loses no character', () => {
		const text = '1. Redirect to callback.html#access_token&expires_in&api_domain&location, then read it';
		for (let max = 4; max <= 60; max++) {
			const lines = wrapText(text, max);
			expect(Math.max(...lines.map((l) => l.length)), `max ${max}`).toBeLessThanOrEqual(max);
			expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		}
	});
});

describe('layoutSequence', () => {
	const l = layoutSequence(['App', 'Zoho Accounts'], [
		{ from: 'App', to: 'Zoho Accounts', label: 'POST /oauth/v2/token' },
		{ from: 'Zoho Accounts', to: 'App', label: 'access_token' },
		{ from: 'App', to: 'App', label: 'store it' },
	]);
	it('places participants left to right and messages top to bottom', () => {
		expect(l.participants[0]!.x).toBeLessThan(l.participants[1]!.x);
		expect(l.messages.map((m) => m.index)).toEqual([1, 2, 3]);
		expect(l.messages[0]!.y).toBeLessThan(l.messages[1]!.y);
		expect(l.messages[1]!.x1).toBeGreaterThan(l.messages[1]!.x2);
		expect(l.messages[2]!.self).toBe(true);
		expect(l.height).toBeGreaterThan(l.messages[2]!.y);
	});
	it('numbers each label', () => {
		expect(l.messages.map((m) => m.lines.join(' '))).toEqual(['1. POST /oauth/v2/token', '2. access_token', '3. store it']);
	});
	it('reports participants a message names but the list lacks', () => {
		const bad = layoutSequence(['App'], [{ from: 'App', to: 'Ghost', label: 'x' }]);
		expect(bad.unknown).toEqual(['Ghost']);
		expect(bad.messages).toEqual([]);
	});
	it('spreads a few lanes over the target width instead of sizing to the longest name', () => {
		const wide = layoutSequence(['A', 'Zoho Accounts (accounts.zoho.com)', 'Zoho Accounts (user’s DC)', 'Zoho CRM API (api_domain)', 'B'], [
			{ from: 'A', to: 'B', label: 'x' },
		]);
		expect(wide.width).toBe(DEFAULT_TARGET_WIDTH);
		expect(wide.participants[1]!.lines).toEqual(['Zoho Accounts', '(accounts', '.zoho.com)']);
		expect(overflows(wide)).toEqual([]);
		expect(layoutSequence(['A', 'B'], [], { targetWidth: 500 }).width).toBe(500);
	});
	it('wraps a long label into lines that fit the drawing, and gives its row the height', () => {
		const long = layoutSequence(['User', 'Browser', 'Server'], [
			{ from: 'Server', to: 'Browser', label: '302 to /oauth/v2/auth?response_type=code&client_id&scope&redirect_uri&access_type=offline&state' },
			{ from: 'Browser', to: 'Server', label: 'GET /callback' },
		]);
		expect(long.messages[0]!.lines.length).toBeGreaterThan(1);
		expect(long.messages[1]!.y - long.messages[0]!.y).toBeGreaterThan(long.messages[1]!.lines.length * long.lineHeight);
		expect(overflows(long)).toEqual([]);
	});
	it('puts a self-message label left of the loop when the last lane has no room on its right', () => {
		const last = layoutSequence(['App', 'Zoho'], [{ from: 'Zoho', to: 'Zoho', label: 'checks the code and the client secret' }]);
		expect(last.messages[0]!.labelAnchor).toBe('end');
		expect(overflows(last)).toEqual([]);
	});
	it('widens the lanes for a name that cannot wrap, and for more lanes than fit the target', () => {
		const unbreakable = layoutSequence(['A', 'AVeryLongParticipantNameWithoutBreaks'], []);
		expect(overflows(unbreakable)).toEqual([]);
		const many = layoutSequence(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], [{ from: 'A', to: 'H', label: 'x' }]);
		expect(many.width).toBeGreaterThan(DEFAULT_TARGET_WIDTH);
		expect(overflows(many)).toEqual([]);
	});
});

describe('every flow of the site', () => {
	const content = loadContent();
	const flows = [
		...content.walkthroughs.map((w) => ({ ...w.flow, name: `walkthrough ${w.id}` })),
		...content.clientTypes.map((t) => ({ participants: t.grantFlow.participants, messages: t.grantFlow.messages, name: `client type ${t.id}` })),
	];
	it.each(flows)('$name: fits its width with nothing clipped or overlapping', ({ participants, messages }) => {
		const l = layoutSequence(participants, messages);
		expect(l.unknown).toEqual([]);
		expect(overflows(l)).toEqual([]);
		// Up to six lanes share the target width; the page CSS and the print test rely on that.
		expect(l.width).toBeLessThanOrEqual(participants.length <= 6 ? DEFAULT_TARGET_WIDTH + 80 : Infinity);
	});
});

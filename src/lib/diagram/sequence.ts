// Lays out a sequence diagram (participants left to right, messages top to bottom) as plain
// numbers, so an .astro component can draw it as static SVG with no client JavaScript.
//
// The drawing is sized for its viewBox, not for pixels: lanes share a target width, lane titles and
// message labels wrap to fit, so the SVG can be scaled to the width of a page, a print column or a
// phone without clipping. Character widths are estimates (the widest common UI font, DejaVu Sans,
// at 12px: 6.6px a character, 7.4px bold); tests/e2e/handouts.spec.ts measures the real text.
import { wrapText } from './wrap';

/** A message from one participant to another. */
export interface SequenceMessage {
	from: string;
	to: string;
	label: string;
}

export interface SequenceParticipantBox {
	name: string;
	/** The name broken into the lines drawn in its box. */
	lines: string[];
	/** Centre of the lane (lifeline). */
	x: number;
	/** Baseline of the first title line; the title is centred in the box. */
	titleY: number;
	boxX: number;
	boxWidth: number;
}

export interface SequenceMessageLayout {
	label: string;
	/** `N. label` broken into lines. */
	lines: string[];
	/** 1-based position in the flow. */
	index: number;
	/** Height of the arrow. */
	y: number;
	x1: number;
	x2: number;
	self: boolean;
	/** Anchor point of the label lines, and how they are aligned on it. */
	labelX: number;
	labelAnchor: 'start' | 'middle' | 'end';
	/** Baseline of the first label line; later lines follow `lineHeight` apart. */
	labelY: number;
}

export interface SequenceLayout {
	width: number;
	height: number;
	/** Font size the estimates assume, in viewBox units; the component must draw text at this size. */
	fontSize: number;
	lineHeight: number;
	participants: SequenceParticipantBox[];
	/** Top and height shared by every participant box. */
	boxTop: number;
	boxHeight: number;
	messages: SequenceMessageLayout[];
	lifelineTop: number;
	lifelineBottom: number;
	/** Messages naming a participant that is not in the list. */
	unknown: string[];
}

export interface SequenceLayoutOptions {
	/** Width the lanes are spread over, in viewBox units; more lanes than fit at MIN_COL widen it. Default 720. */
	targetWidth?: number;
}

const FONT = 12;
const LINE_H = 15;
/** Estimated width of a character at FONT, regular and bold (participant titles are bold). */
const CHAR_W = 6.6;
const CHAR_W_BOLD = 7.4;
const MARGIN = 12;
/** Narrowest lane: a two-line title of about 13 bold characters. */
const MIN_COL = 124;
/** Space between neighbouring boxes, and inside a box around its text. */
const BOX_GAP = 10;
const BOX_PAD_X = 8;
const BOX_PAD_Y = 7;
/** A label may spread past the lanes it joins, up to this width (about 40 characters). */
const LABEL_MIN_W = 264;
/** Self-message loop: how far it reaches right of the lifeline, and how tall it is. */
const LOOP_W = 28;
const LOOP_H = 16;
/** Space above a row's label and below its arrow. */
const ROW_GAP = 12;
export const DEFAULT_TARGET_WIDTH = 720;

const linesWidth = (lines: string[], charW: number) => Math.max(0, ...lines.map((l) => l.length)) * charW;

/** Computes positions for every participant and message. Never throws; unknown names are reported. */
export function layoutSequence(participants: string[], messages: SequenceMessage[], options: SequenceLayoutOptions = {}): SequenceLayout {
	const target = options.targetWidth ?? DEFAULT_TARGET_WIDTH;
	const n = Math.max(1, participants.length);
	const spread = Math.max(MIN_COL, (target - 2 * MARGIN) / n);
	// Titles wrap to the lane; a word that cannot break narrower widens every lane to fit it.
	const titleChars = Math.floor((spread - BOX_GAP - 2 * BOX_PAD_X) / CHAR_W_BOLD);
	const titles = participants.map((p) => wrapText(p, titleChars));
	const col = Math.max(spread, Math.ceil(Math.max(0, ...titles.map((t) => linesWidth(t, CHAR_W_BOLD))) + BOX_GAP + 2 * BOX_PAD_X));
	const width = Math.ceil(2 * MARGIN + n * col);
	const xOf = new Map(participants.map((p, i) => [p, MARGIN + col / 2 + i * col]));
	const unknown = [...new Set(messages.flatMap((m) => [m.from, m.to]).filter((name) => !xOf.has(name)))];

	const boxTop = MARGIN;
	const boxHeight = Math.max(1, ...titles.map((t) => t.length)) * LINE_H + 2 * BOX_PAD_Y;
	const lifelineTop = boxTop + boxHeight;
	const inner = width - 2 * MARGIN;
	let top = lifelineTop + ROW_GAP;
	const laid = messages
		.filter((m) => xOf.has(m.from) && xOf.has(m.to))
		.map((m, i): SequenceMessageLayout => {
			const index = i + 1;
			const x1 = xOf.get(m.from)!;
			const x2 = xOf.get(m.to)!;
			const self = x1 === x2;
			// Room for the label: the span between the lanes, or LABEL_MIN_W centred on it; for a
			// self-message, the side of its lifeline with more room.
			const room = self ? Math.min(LABEL_MIN_W, Math.max(width - MARGIN - (x1 + LOOP_W + 8), x1 - 8 - MARGIN)) : Math.min(inner, Math.max(Math.abs(x2 - x1) - 16, LABEL_MIN_W));
			const lines = wrapText(`${index}. ${m.label}`, Math.floor(room / CHAR_W));
			const labelW = linesWidth(lines, CHAR_W);
			const labelY = top + LINE_H - 3;
			const labelH = lines.length * LINE_H;
			let labelX: number;
			let labelAnchor: SequenceMessageLayout['labelAnchor'];
			let y: number;
			if (self) {
				const right = x1 + LOOP_W + 8 + labelW <= width - MARGIN;
				labelX = right ? x1 + LOOP_W + 8 : x1 - 8;
				labelAnchor = right ? 'start' : 'end';
				y = top + 6;
				top += Math.max(labelH, LOOP_H + 12) + ROW_GAP;
			} else {
				labelX = Math.min(Math.max((x1 + x2) / 2, MARGIN + labelW / 2), width - MARGIN - labelW / 2);
				labelAnchor = 'middle';
				y = top + labelH + 5;
				top = y + ROW_GAP;
			}
			return { label: m.label, lines, index, y, x1, x2, self, labelX, labelAnchor, labelY };
		});
	const lifelineBottom = top + 4;
	return {
		width,
		height: lifelineBottom + MARGIN,
		fontSize: FONT,
		lineHeight: LINE_H,
		participants: participants.map((name, i) => ({
			name,
			lines: titles[i]!,
			x: xOf.get(name)!,
			titleY: boxTop + (boxHeight - titles[i]!.length * LINE_H) / 2 + LINE_H - 3.5,
			boxX: xOf.get(name)! - col / 2 + BOX_GAP / 2,
			boxWidth: col - BOX_GAP,
		})),
		boxTop,
		boxHeight,
		messages: laid,
		lifelineTop,
		lifelineBottom,
		unknown,
	};
}

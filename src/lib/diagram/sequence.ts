// Lays out a sequence diagram (participants left to right, messages top to bottom) as plain
// numbers, so an .astro component can draw it as static SVG with no client JavaScript.

/** A message from one participant to another. */
export interface SequenceMessage {
	from: string;
	to: string;
	label: string;
}

export interface SequenceLayout {
	width: number;
	height: number;
	participants: { name: string; x: number; boxX: number; boxWidth: number }[];
	messages: { label: string; y: number; x1: number; x2: number; self: boolean; labelX: number; index: number }[];
	lifelineTop: number;
	lifelineBottom: number;
	/** Messages naming a participant that is not in the list. */
	unknown: string[];
}

const MIN_COL = 170;
const MARGIN = 20;
/** Rough width of one character at the diagram's 12px font, to size boxes and keep labels inside. */
const CHAR_W = 6.6;
const BOX_H = 34;
const ROW = 46;

/** Computes positions for every participant and message. Never throws; unknown names are reported. */
export function layoutSequence(participants: string[], messages: SequenceMessage[]): SequenceLayout {
	const COL = Math.max(MIN_COL, Math.ceil(Math.max(0, ...participants.map((p) => p.length)) * CHAR_W + 28));
	const xOf = new Map(participants.map((p, i) => [p, MARGIN + COL / 2 + i * COL]));
	const unknown = [...new Set(messages.flatMap((m) => [m.from, m.to]).filter((n) => !xOf.has(n)))];
	let width = MARGIN * 2 + participants.length * COL;
	const lifelineTop = MARGIN + BOX_H;
	const laid = messages
		.filter((m) => xOf.has(m.from) && xOf.has(m.to))
		.map((m, i) => {
			const x1 = xOf.get(m.from)!;
			const x2 = xOf.get(m.to)!;
			const self = x1 === x2;
			const labelW = (`${i + 1}. ${m.label}`.length) * CHAR_W;
			// Keep a centred label inside the drawing; a self-message's label starts right of its loop.
			const labelX = self ? x1 + 36 : Math.max((x1 + x2) / 2, MARGIN + labelW / 2);
			width = Math.max(width, Math.ceil(self ? labelX + labelW + MARGIN : labelX + labelW / 2 + MARGIN));
			return { label: m.label, index: i + 1, y: lifelineTop + 30 + i * ROW, x1, x2, self, labelX };
		});
	const lifelineBottom = lifelineTop + 30 + laid.length * ROW;
	return {
		width,
		height: lifelineBottom + MARGIN,
		participants: participants.map((name) => ({
			name,
			x: xOf.get(name)!,
			boxX: xOf.get(name)! - COL / 2 + 8,
			boxWidth: COL - 16,
		})),
		messages: laid,
		lifelineTop,
		lifelineBottom,
		unknown,
	};
}

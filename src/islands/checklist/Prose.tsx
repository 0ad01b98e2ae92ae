// Markdown-lite as React text: paragraphs, `-` lists, `code`, **bold** and bare https links. Every
// part is a text node or an element React builds; nothing is parsed as HTML.
import type { ReactNode } from 'react';

const URL_RE = /(https:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)])/;

/** Bold and links inside text that is not code. */
function plain(text: string, key: string): ReactNode[] {
	return text.split('**').flatMap<ReactNode>((part, i) => {
		const pieces = part.split(URL_RE).map((p, j) =>
			j % 2 === 1 ? (
				<a key={`${key}-${i}-${j}`} className="cl-url" href={p} rel="noopener noreferrer">
					{p}
				</a>
			) : (
				p
			),
		);
		return i % 2 === 1 ? [<strong key={`${key}-${i}`}>{pieces}</strong>] : pieces;
	});
}

/** One line of text: `code` spans, then bold and links in the rest. */
export function Inline({ text }: { text: string }) {
	const parts = text.split('`').flatMap<ReactNode>((p, i) => (i % 2 === 1 ? [<code key={i}>{p}</code>] : plain(p, String(i))));
	return <>{parts}</>;
}

type Block = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

function blocks(text: string): Block[] {
	const out: Block[] = [];
	for (const chunk of text.split(/\n\s*\n/)) {
		let current: Block | undefined;
		for (const raw of chunk.split('\n')) {
			const line = raw.trim();
			if (line === '') continue;
			if (line.startsWith('- ')) {
				if (current?.kind !== 'ul') out.push((current = { kind: 'ul', items: [] }));
				current.items.push(line.slice(2));
			} else if (current?.kind === 'ul' && current.items.length > 0 && raw.startsWith('  ')) {
				current.items[current.items.length - 1] += ` ${line}`;
			} else if (current?.kind === 'p') {
				current.text += ` ${line}`;
			} else {
				out.push((current = { kind: 'p', text: line }));
			}
		}
	}
	return out;
}

/** A step body or other multi-paragraph content text. */
export function Prose({ text }: { text: string }) {
	return (
		<>
			{blocks(text).map((b, i) =>
				b.kind === 'p' ? (
					<p key={i}>
						<Inline text={b.text} />
					</p>
				) : (
					<ul key={i}>
						{b.items.map((item, j) => (
							<li key={j}>
								<Inline text={item} />
							</li>
						))}
					</ul>
				),
			)}
		</>
	);
}

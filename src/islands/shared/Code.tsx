// Renders text in which `backticked` parts become <code>. Everything stays text: no HTML is parsed.
export function Code({ text }: { text: string }) {
	const parts = text.split('`');
	return (
		<>
			{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}
		</>
	);
}

// The check panel's frame: the input, at once. What the input means (the minimal string, the
// problems, what each scope grants) is the `result`, rendered by the part of the composer that loads
// on first use (./CheckResult.tsx).
import type { ReactNode } from 'react';
import { composerStore, useComposerStore } from '../../stores/composer-store';

/** The check panel: the input at once, the `result` below it once the composer's code and data are there. */
export function CheckPanel({ result }: { result: ReactNode }) {
	const input = useComposerStore((s) => s.input);
	const onInput = (value: string) => composerStore.getState().setInput(value);
	return (
		<section aria-labelledby="check-title" className="panel">
			<h2 id="check-title">Check and minimize a scope string</h2>
			<label htmlFor="scope-input" className="field-label">
				Scope string <span className="muted">(paste one from code or a ticket, or build one below)</span>
			</label>
			<textarea
				id="scope-input"
				rows={4}
				spellCheck={false}
				autoComplete="off"
				value={input}
				onChange={(e) => onInput(e.target.value)}
				aria-describedby="scope-summary"
			/>
			{result}
		</section>
	);
}

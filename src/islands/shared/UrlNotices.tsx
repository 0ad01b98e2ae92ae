// The polite notice listing what a page ignored in the link it was opened with (worded where the
// link was decoded: src/lib/url-state/messages.ts).
import type { WordedUrlNotice } from '../../lib/url-state/messages';
import { Code } from './Code';

export function UrlNotices({ notices }: { notices: readonly WordedUrlNotice[] }) {
	if (notices.length === 0) return null;
	return (
		<div className="notice" role="status" data-url-notices>
			<p>Some of the link was ignored:</p>
			<ul>
				{notices.map((n, i) => (
					<li key={i} data-url-notice={n.code}>
						<Code text={n.text} />
					</li>
				))}
			</ul>
		</div>
	);
}

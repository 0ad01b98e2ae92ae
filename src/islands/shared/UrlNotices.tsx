// The polite notice listing what a page ignored in the link it was opened with.
import { describeUrlNotice } from '../../lib/url-state/messages';
import type { UrlNotice } from '../../lib/url-state/notice';
import { Code } from './Code';

export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
	if (notices.length === 0) return null;
	return (
		<div className="notice" role="status" data-url-notices>
			<p>Some of the link was ignored:</p>
			<ul>
				{notices.map((n, i) => (
					<li key={i}>
						<Code text={describeUrlNotice(n)} />
					</li>
				))}
			</ul>
		</div>
	);
}

// A link to a source page, shown without the scheme and `www.`.
export function SourceLink({ url }: { url: string }) {
	return (
		<a href={url} rel="noopener noreferrer">
			{url.replace(/^https?:\/\/(www\.)?/, '')}
		</a>
	);
}

// Source links and claims, as the Astro Sources/Claims components render them.
import type { Claim } from '../../lib/schemas';
import { Inline } from './Prose';

const short = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/** A compact list of source links; only http(s) URLs become links. */
export function Sources({ urls, label = 'Sources' }: { urls: readonly string[]; label?: string }) {
	if (urls.length === 0) return null;
	return (
		<p className="sources">
			{`${label}: `}
			{urls.map((u, i) => (
				<span key={u}>
					{i > 0 && ', '}
					{/^https?:\/\//.test(u) ? (
						<a href={u} rel="noopener noreferrer">
							{short(u)}
						</a>
					) : (
						u
					)}
				</span>
			))}
		</p>
	);
}

function ClaimText({ claim }: { claim: Claim }) {
	return (
		<>
			<strong>
				<Inline text={claim.value} />
			</strong>
			{claim.note && (
				<span>
					{' '}
					— <Inline text={claim.note} />
				</span>
			)}
			{claim.confidence !== 'documented' && <span className="badge">{claim.confidence}</span>}
		</>
	);
}

/** One claim, or several side by side under "Sources disagree". */
export function Claims({ claims }: { claims: readonly Claim[] }) {
	if (claims.length === 0) return null;
	if (claims.length === 1) {
		const c = claims[0] as Claim;
		return (
			<div className="claim">
				<p>
					<ClaimText claim={c} />
				</p>
				<Sources urls={c.sources} />
			</div>
		);
	}
	return (
		<div className="claims" data-disputed>
			<p>
				<span className="badge warn">Sources disagree</span>
			</p>
			<ul>
				{claims.map((c, i) => (
					<li key={i}>
						<ClaimText claim={c} />
						<Sources urls={c.sources} label="Stated by" />
					</li>
				))}
			</ul>
		</div>
	);
}

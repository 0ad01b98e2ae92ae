// Least privilege from API calls: pick endpoints of any service (grouped by service, one search
// across all), get the smallest scope set and what each service needs besides the token. The
// endpoint catalog loads when the panel is used (scrolled to, focused or touched), not with the page.
import { useEffect, useRef, useState } from 'react';
import type { LoadedScopeData } from './use-catalog';
import { useEndpointData } from './use-catalog';
import { EndpointPicker } from './EndpointPicker';
import { EndpointResult } from './EndpointResult';

export function EndpointPanel({ catalog }: { catalog: LoadedScopeData }) {
	const ref = useRef<HTMLElement>(null);
	const [wanted, setWanted] = useState(false);
	const endpoints = useEndpointData(wanted);
	useEffect(() => {
		const el = ref.current;
		if (wanted || !el || typeof IntersectionObserver === 'undefined') return;
		const io = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) setWanted(true);
		});
		io.observe(el);
		return () => io.disconnect();
	}, [wanted]);
	const want = () => setWanted(true);
	return (
		<section ref={ref} aria-labelledby="endpoints-title" className="panel" onFocusCapture={want} onPointerDownCapture={want} data-endpoints-loaded={endpoints.data ? '' : undefined}>
			<h2 id="endpoints-title">Least privilege from the API calls you make</h2>
			<p className="muted">
				Tick the endpoints your app calls, in Zoho CRM, Desk, Analytics, Books, Inventory, Bigin and more. Each endpoint needs
				every one of its scope groups, and any one scope per group; the result is the smallest set that covers them all, with
				what each service needs besides the token.
			</p>
			<div className="endpoint-grid">
				<EndpointPicker scopes={catalog} data={endpoints.data} failed={endpoints.error} wanted={wanted} />
				<EndpointResult scopes={catalog} data={endpoints.data} />
			</div>
		</section>
	);
}

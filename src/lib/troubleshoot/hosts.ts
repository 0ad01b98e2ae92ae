// Which data center a host belongs to, and what it is for, derived from the data centers' content
// (accounts server, API domain, console and the hosts disputed sources give): a host belongs to the
// DC whose domain is its longest suffix, so desk.zoho.eu, www.zohoapis.eu/books and mail.zohocloud.ca
// all map without a list of products. Nothing here names a data center.
import type { TroubleshootDataCenter } from './types';

/** What a host is for: the accounts server (OAuth), the API console, a website, or an API (any product). */
export type HostRole = 'accounts' | 'console' | 'website' | 'api';

/** A host as the troubleshooter reads it. */
export interface HostInfo {
	host: string;
	role: HostRole;
	/** The DC id; undefined for a Zoho-looking host that no DC uses. */
	dc?: string;
	/** Mapped only through a spelling that sources dispute. */
	disputed?: boolean;
}

/** A host → DC lookup built once per data-center list. */
export interface HostTable {
	classify(host: string): HostInfo | undefined;
	/** DC ids in content order; the first is the default DC. */
	dcIds: string[];
}

/** A Zoho-looking host: zoho / zohoapis / zohocloud under com, net or a country code (not a Java package such as `com.zoho.crm.api`). */
const ZOHO_LIKE_RE = /(?:^|\.)(?:zoho|zohoapis|zohocloud)\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?$/;
const WEBSITE_LABELS = new Set(['www', 'help', 'docs', 'community', 'store']);

function hostOf(url: string): string | undefined {
	return /^https?:\/\/([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase();
}

/** `accounts.zoho.eu` → `zoho.eu`; `www.zohoapis.eu` → `zohoapis.eu`. */
function domainOf(host: string): string {
	const parts = host.split('.');
	return parts.length > 2 ? parts.slice(1).join('.') : host;
}

function roleOf(host: string, domain: string): HostRole {
	const label = host === domain ? '' : host.slice(0, host.length - domain.length - 1);
	if (label === 'accounts') return 'accounts';
	if (label === 'api-console') return 'console';
	if (domain.startsWith('zohoapis.') || label === 'api') return 'api';
	return label === '' || WEBSITE_LABELS.has(label) ? 'website' : 'api';
}

/** Builds the lookup from the data centers (content/data-centers.yaml). */
export function createHostTable(dataCenters: readonly TroubleshootDataCenter[]): HostTable {
	const primary = new Map<string, string>();
	const disputed = new Map<string, string>();
	for (const d of dataCenters) {
		for (const url of [d.accountsServer, d.apiDomain, d.consoleUrl ?? '']) {
			const h = hostOf(url);
			if (h && !primary.has(domainOf(h))) primary.set(domainOf(h), d.id);
		}
		for (const claim of d.disputed ?? []) {
			for (const m of claim.value.matchAll(/`(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})`/gi)) {
				const dom = domainOf((m[1] ?? '').toLowerCase());
				if (!disputed.has(dom)) disputed.set(dom, d.id);
			}
		}
	}
	const longestSuffix = (host: string, table: Map<string, string>): [string, string] | undefined => {
		let best: [string, string] | undefined;
		for (const [dom, dc] of table) {
			if ((host === dom || host.endsWith(`.${dom}`)) && (!best || dom.length > best[0].length)) best = [dom, dc];
		}
		return best;
	};
	return {
		dcIds: dataCenters.map((d) => d.id),
		classify(raw) {
			const host = raw.toLowerCase().replace(/\.$/, '');
			const hit = longestSuffix(host, primary);
			if (hit) return { host, role: roleOf(host, hit[0]), dc: hit[1] };
			const other = longestSuffix(host, disputed);
			if (other && !primary.has(other[0])) return { host, role: roleOf(host, other[0]), dc: other[1], disputed: true };
			if (!ZOHO_LIKE_RE.test(host)) return undefined;
			return { host, role: roleOf(host, domainOf(host)) };
		},
	};
}

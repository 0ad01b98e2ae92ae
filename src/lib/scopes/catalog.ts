// The scope index: the parsed catalog (operations + per-service scope entries) turned into maps
// keyed by lower-case names, so parsing and coverage checks are lookups, never scans.
import type { CoverageEdge } from '../schemas/coverage';
import type { Operation, ScopeEntry, ServiceCatalog } from '../schemas/scope';
import { compileCoverage, defaultCoverageEdges, type CompiledEdge } from './coverage-rules';

/** One catalog entry with its service and the lookups the grammar needs. */
export interface IndexedEntry {
	/** Service name as documented, e.g. `ZohoCRM`. */
	service: string;
	/** Position of the service in display order (0 first). */
	serviceRank: number;
	/** `Service.name` in documented spelling, e.g. `ZohoCRM.modules.leads`. */
	fullName: string;
	/** Lower-case `fullName`, the lookup key. */
	key: string;
	entry: ScopeEntry;
	/** Lower-case operation → documented spelling for this scope. */
	operationsByLower: Map<string, string>;
	/** This entry and every entry whose name extends it (`modules` → `modules.leads`, ...). */
	descendants: IndexedEntry[];
}

/** The lookups built once from the catalog; pass it to every scope function. */
export interface ScopeIndex {
	/** Services in display order (`order`, then name). */
	services: ServiceCatalog[];
	/** Lower-case service name → service catalog. */
	serviceByLower: Map<string, ServiceCatalog>;
	/** Every entry, services in display order, entries in catalog order. */
	entries: IndexedEntry[];
	/** Lower-case `Service.name` → entry. */
	entryByKey: Map<string, IndexedEntry>;
	/** Lower-case operation id → operation. */
	operationByLower: Map<string, Operation>;
	/** Lower-case operation id → itself plus every operation it implies, transitively (lower-case). */
	impliedByLower: Map<string, Set<string>>;
	/** Lower-case operation id → display rank (ALL, READ, CREATE, UPDATE, DELETE, WRITE, then catalog order). */
	operationRank: Map<string, number>;
	/** Coverage rules per lower-case service (its own rules, then the `*` rules); `*` → rules for every service. */
	coverageByService: Map<string, CompiledEdge[]>;
	/** Lower-case `Service.name` of scopes whose rules reach beyond their own subtree (`fullaccess`). */
	wideNames: Set<string>;
}

const FIXED_OPERATION_ORDER = ['all', 'read', 'create', 'update', 'delete', 'write'];

function closeImplies(operations: Operation[]): Map<string, Set<string>> {
	const direct = new Map(operations.map((o) => [o.id.toLowerCase(), o.implies.map((i) => i.toLowerCase())]));
	const closed = new Map<string, Set<string>>();
	for (const id of direct.keys()) {
		const seen = new Set<string>([id]);
		const stack = [id];
		while (stack.length > 0) {
			for (const next of direct.get(stack.pop() ?? '') ?? []) {
				if (!seen.has(next)) {
					seen.add(next);
					stack.push(next);
				}
			}
		}
		closed.set(id, seen);
	}
	return closed;
}

/**
 * Builds the scope index from parsed content. `coverage` is content/scope-coverage.yaml; without it,
 * only the operation grammar is documented coverage and the name hierarchy is inferred.
 * @example createScopeIndex({ operations, services, coverage }) // content/operations.yaml, scopes/*.yaml, scope-coverage.yaml
 */
export function createScopeIndex(input: { operations: Operation[]; services: ServiceCatalog[]; coverage?: readonly CoverageEdge[] }): ScopeIndex {
	const services = [...input.services].sort((a, b) => a.order - b.order || a.service.localeCompare(b.service));
	const operationByLower = new Map(input.operations.map((o) => [o.id.toLowerCase(), o]));
	const operationRank = new Map<string, number>();
	FIXED_OPERATION_ORDER.forEach((id, i) => operationRank.set(id, i));
	for (const o of input.operations) {
		const id = o.id.toLowerCase();
		if (!operationRank.has(id)) operationRank.set(id, operationRank.size);
	}
	const entries: IndexedEntry[] = [];
	const entryByKey = new Map<string, IndexedEntry>();
	services.forEach((svc, serviceRank) => {
		for (const entry of svc.scopes) {
			const fullName = `${svc.service}.${entry.name}`;
			const indexed: IndexedEntry = {
				service: svc.service,
				serviceRank,
				fullName,
				key: fullName.toLowerCase(),
				entry,
				operationsByLower: new Map(entry.operations.map((op) => [op.toLowerCase(), op])),
				descendants: [],
			};
			if (entryByKey.has(indexed.key)) continue; // first spelling wins; content tests flag duplicates
			entries.push(indexed);
			entryByKey.set(indexed.key, indexed);
		}
	});
	for (const e of entries) {
		// Register e under itself and every ancestor name that exists in the catalog.
		const parts = e.key.split('.');
		for (let n = 2; n <= parts.length; n++) entryByKey.get(parts.slice(0, n).join('.'))?.descendants.push(e);
	}
	const rules = compileCoverage(input.coverage && input.coverage.length > 0 ? input.coverage : defaultCoverageEdges(input.operations));
	const star = rules.filter((r) => r.service === '*');
	const coverageByService = new Map<string, CompiledEdge[]>([['*', star]]);
	for (const svc of services) {
		const lower = svc.service.toLowerCase();
		coverageByService.set(lower, [...rules.filter((r) => r.service === lower), ...star]);
	}
	const wideNames = new Set(rules.filter((r) => r.wide && r.service !== '*').map((r) => `${r.service}.${r.fromName}`));
	return {
		coverageByService,
		wideNames,
		services,
		serviceByLower: new Map(services.map((s) => [s.service.toLowerCase(), s])),
		entries,
		entryByKey,
		operationByLower,
		impliedByLower: closeImplies(input.operations),
		operationRank,
	};
}

/** Whether the operation (any case) stands for every operation of a scope (`ALL`). */
export function isCoversAllOperation(index: ScopeIndex, operation: string): boolean {
	return index.operationByLower.get(operation.toLowerCase())?.coversAll ?? false;
}

/** Display rank of an operation: ALL, READ, CREATE, UPDATE, DELETE, WRITE, then others. */
export function getOperationRank(index: ScopeIndex, operation: string): number {
	return index.operationRank.get(operation.toLowerCase()) ?? index.operationRank.size;
}

/** Looks up an entry by `Service.name` in any case. */
export function findScopeEntry(index: ScopeIndex, service: string, name: string): IndexedEntry | undefined {
	return index.entryByKey.get(`${service}.${name}`.toLowerCase());
}

/**
 * Lists catalog entries, services in display order, optionally of one service (any case).
 * @example listScopes(index, 'zohocrm').map((e) => e.fullName) // ['ZohoCRM.users', ...]
 */
export function listScopes(index: ScopeIndex, service?: string): IndexedEntry[] {
	if (service === undefined) return index.entries;
	const lower = service.toLowerCase();
	return index.entries.filter((e) => e.service.toLowerCase() === lower);
}

/**
 * Lists the module scope names of a service's `modules` family (one level below `modules`),
 * e.g. `['leads', 'contacts', ...]`, in catalog order. Deprecated modules are left out.
 */
export function listModules(index: ScopeIndex, service = 'ZohoCRM'): string[] {
	const family = findScopeEntry(index, service, 'modules');
	const prefix = `${service}.modules.`.toLowerCase();
	const pool = family ? family.descendants : index.entries.filter((e) => e.key.startsWith(prefix));
	return pool
		.filter((e) => e.key.startsWith(prefix) && !e.key.slice(prefix.length).includes('.') && !e.entry.deprecated)
		.map((e) => e.entry.name.slice('modules.'.length));
}

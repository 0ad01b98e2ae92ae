// Public API of the scope domain core. Pure TypeScript; data arrives as arguments.
export {
	createScopeIndex,
	findScopeEntry,
	getOperationRank,
	isCoversAllOperation,
	listModules,
	listScopes,
	type IndexedEntry,
	type ScopeIndex,
} from './catalog';
export { searchScopes, type ScopeSearchHit } from './search';
export { resolveScopeText, type ResolvedScope, type ScopeIssueDetail } from './resolve';
export { MAX_SCOPE_INPUT_LENGTH, splitScopeList, tokenizeScopeString, type RawToken } from './tokenize';
export { parseScopeString, type ParsedScopeString, type ParsedScopeToken } from './parse';
export { grantsOf, isWideScopeName, listGrants, operationCovers, scopeCoverage, scopeCovers } from './coverage';
export { compileCoverage, defaultCoverageEdges, type CompiledEdge } from './coverage-rules';
export { decideRedundancy, type Redundancy, type RedundancyItem } from './redundancy';
export { sortScopes } from './order';
export { minimizeScopes, type MinimizedScopes, type PossiblyRedundantScope, type RemovedScope } from './minimize';
export { analyzeScopeString, type AnalyzedScopeToken, type ExplainedScopeIssue, type ScopeAnalysis } from './analyze';
export { explainScope, formatScopeIssue, type ScopeExplanation } from './messages';
export { listServiceNeeds, type ServiceNeeds } from './service-needs';
export {
	endpointNeedsModule,
	solveEndpointScopes,
	type EndpointPick,
	type EndpointScopeReason,
	type EndpointScopeSolution,
	type ScopeGroupReason,
} from './endpoints';
export { encodeScopeParam, formatScopes, type FormatScopesOptions, type ScopeFormat } from './format';
export {
	scopeRefToString,
	type EndpointIssue,
	type EndpointIssueCode,
	type ScopeIssue,
	type ScopeIssueCode,
	type ScopeRef,
	type Severity,
} from './types';
export { findNearest, getEditDistance } from './suggest';
export * from './compact';
export * from './url-state';
export { diffScopes, riskFlagsOf, riskOf, type ScopeDiff, type ScopeNarrowing, type ScopeRiskFlag, type ScopeWidening } from './diff';

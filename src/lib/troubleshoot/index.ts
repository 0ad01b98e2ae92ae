// Troubleshooter domain core: evidence extraction, secret detection, the diagnosis matcher and the
// `/troubleshoot/` URL codec. Pure TypeScript; rules and catalogs arrive as arguments.
export { HTTP_METHODS, matchEndpoint, type EndpointMatch, type HttpMethod } from './endpoint-match';
export {
	MAX_PASTE_LENGTH,
	dcOfHost,
	extractEvidence,
	findKnownCode,
	type DcHint,
	type DcSource,
	type Evidence,
	type ExtractOptions,
	type TroubleshootDataCenter,
} from './extract';
export { MAX_SCAN_LENGTH, SECRET_LABELS, containsSecret, detectSecrets, redactSecrets, type SecretFinding, type SecretKind } from '../secrets';
export {
	diagnose,
	knownCodesOf,
	type CauseLink,
	type DiagnoseInput,
	type Diagnosis,
	type EvidenceLine,
	type Finding,
	type RankedCause,
	type ScopeCheck,
	type TroubleshootData,
	type TroubleshootFact,
} from './diagnose';
export {
	decodeTroubleshootParams,
	encodeTroubleshootParams,
	isSafeEndpoint,
	isSafeErrorCode,
	normalizeEndpoint,
	safeScopeParam,
	type DecodedTroubleshootParams,
	type TroubleshootUrlState,
} from './url-state';

// Troubleshooter domain core: from a paste to ranked likely causes with their evidence. Pure
// TypeScript; rules, vocabulary and catalogs arrive as arguments (see `TroubleshootData`).
export { diagnose } from './diagnose';
export { toTroubleshootData, type TroubleshootContent, type TroubleshootDataFile } from './data';
export { HTTP_METHODS, matchEndpoint, type EndpointMatch, type HttpMethod } from './endpoint-match';
export { createHostTable, type HostInfo, type HostRole, type HostTable } from './hosts';
export { MAX_PASTE_LENGTH } from './text';
export * from './messages';
export * from './types';
export { MAX_SCAN_LENGTH, SECRET_LABELS, containsSecret, detectSecrets, redactSecrets, type SecretFinding, type SecretKind } from '../secrets';
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

// The decision wizard's domain core: answers → recommended Zoho client type, its wording, the
// URL codec for /wizard/ and the static decision tree for /decide/. Pure TypeScript + zod.
export * from './answers';
export * from './rules';
export * from './evaluate';
export * from './gaps';
export * from './conflicts';
export * from './pending';
export * from './recommend';
export * from './messages';
export * from './questions';
export * from './url-state';
export * from './tree';
export * from './view';

export * from './common';
export * from './client-type';
export * from './data-center';
export * from './scope';
export * from './endpoint';
export * from './token-fact';
export * from './walkthrough';
export * from './wizard';

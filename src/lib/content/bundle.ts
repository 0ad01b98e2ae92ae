// The parsed content as pages and tests see it; defined by the collection manifest.
export type { ContentBundle, FromFile } from './manifest';

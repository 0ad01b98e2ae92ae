// The one inline script of the site, run in <head> before the first paint: it marks a page opened
// from a link with a query (`<html data-link>`), so panels that show what the link asks for stay
// invisible until their island has read it (no empty state painted and then replaced: no layout
// shift). astro.config.mjs allows exactly this text by its hash in the Content-Security-Policy.
import { createHash } from 'node:crypto';

export const LINK_FLAG_SCRIPT = "if(location.search.length>1)document.documentElement.setAttribute('data-link','')";

/** The hash that allows the script in the CSP: `sha256-…`. */
export const LINK_FLAG_HASH = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(LINK_FLAG_SCRIPT).digest('base64')}`);

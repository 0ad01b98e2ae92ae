// The site's routes for the base path it was built with (`BASE_PATH`, see astro.config.mjs).
// Pages and islands import `routes` from here; the builder itself is pure (src/lib/routes.ts).
// Outside Vite (plain Node, e.g. Playwright specs importing a page module) there is no
// `import.meta.env`, and the base is `/`.
import { createRoutes } from './lib/routes';

export const routes = createRoutes(import.meta.env?.BASE_URL ?? '/');

import type { App } from '../../platform/http/server.js';
import { quotesRoutes as routes } from './quotes.routes.js';

export { findVisibleQuote } from './use-cases/find-visible-quote.js';

/** Quotes and their revisions: /api/v1/quotes. */
export function quotesRoutes(app: App): void {
  routes(app);
}

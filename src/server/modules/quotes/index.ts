import type { App } from '../../platform/http/server.js';
import { quotesRoutes as routes } from './quotes.routes.js';

export { findVisibleQuote } from './use-cases/find-visible-quote.js';
export { createQuote } from './use-cases/create-quote.js';
export { sendQuote } from './use-cases/send-quote.js';
export { rejectQuote } from './use-cases/reject-quote.js';
export { reviseQuote } from './use-cases/revise-quote.js';
export { acceptQuote } from './use-cases/accept-quote.js';
export { openQuotesOfAccount, type OpenQuote } from './use-cases/open-quotes-of-account.js';
export { visibleQuoteIdsOf } from './quotes.repository.js';

/** Quotes and their revisions: /api/v1/quotes. */
export function quotesRoutes(app: App): void {
  routes(app);
}

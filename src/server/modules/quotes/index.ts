import type { App } from '../../platform/http/server.js';

/** Quotes and their revisions: /api/v1/quotes. */
export function quotesRoutes(_app: App): void {}

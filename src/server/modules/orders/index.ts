import type { App } from '../../platform/http/server.js';
import type { CreditCheck } from './credit-check.js';

export type { CreditCheck } from './credit-check.js';

/** Orders and their deliveries: /api/v1/orders and /api/v1/deliveries. */
export function ordersRoutes(_app: App, _deps: { assessCredit: CreditCheck }): void {}

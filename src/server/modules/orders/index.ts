import type { App } from '../../platform/http/server.js';
import type { CreditCheck } from './credit-check.js';
import { deliveriesRoutes } from './deliveries.routes.js';
import { ordersRoutes as orderRoutes } from './orders.routes.js';

export type { CreditCheck } from './credit-check.js';
export type { BillableDelivery, BillableOrder, InvoicedQuantity, NewOrderFromQuote } from './billable.js';

/** Creates the pending order of an accepted quote, in the caller's transaction. */
export { createOrderFromQuote } from './use-cases/create-order-from-quote.js';
/** The order if the actor may see it (404 otherwise), optionally locked for the command. */
export { loadBillableOrder } from './use-cases/load-billable-order.js';
/** A delivery of a visible order (404 otherwise), optionally locked. */
export { loadBillableDelivery } from './use-cases/load-billable-delivery.js';
/** Adds invoiced quantities to order lines (and delivery lines); negative for credit notes. Never beyond what was ordered or delivered. */
export { recordInvoicedQuantities } from './use-cases/record-invoiced-quantities.js';
/** Closes a delivered order once billing says it is fully invoiced and paid (`settled`); otherwise leaves it. */
export { closeOrderIfSettled } from './use-cases/close-order-if-settled.js';
/** The order's reference (id, number, account, owner, status) if the actor may see it; undefined otherwise. */
export { findVisibleOrder } from './use-cases/find-visible-order.js';
export { confirmOrder } from './use-cases/confirm-order.js';
export { createDelivery } from './use-cases/create-delivery.js';
export { openOrdersOfAccount, type OpenOrder } from './use-cases/open-orders-of-account.js';
export { visibleOrderIdsOf } from './orders.repository.js';

/** Orders and their deliveries: /api/v1/orders and /api/v1/deliveries. */
export function ordersRoutes(app: App, deps: { assessCredit: CreditCheck }): void {
  orderRoutes(app, deps);
  deliveriesRoutes(app);
}

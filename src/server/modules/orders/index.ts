import type { Ctx } from '../../platform/context.js';
import type { App } from '../../platform/http/server.js';
import type { BillableDelivery, BillableOrder, InvoicedQuantity, NewOrderFromQuote } from './billable.js';
import type { CreditCheck } from './credit-check.js';

export type { CreditCheck } from './credit-check.js';
export type { BillableDelivery, BillableOrder, InvoicedQuantity, NewOrderFromQuote } from './billable.js';

// Stubs with the agreed signatures; the orders module replaces them with use cases.
const notBuilt = (): never => {
  throw new Error('orders: not built yet');
};

/** Creates the pending order of an accepted quote, in the caller's transaction. */
export async function createOrderFromQuote(_ctx: Ctx, _input: NewOrderFromQuote): Promise<{ id: string; number: string }> {
  return notBuilt();
}

/** The order if the actor may see it (404 otherwise), optionally locked for the command. */
export async function loadBillableOrder(_ctx: Ctx, _orderId: string, _options: { forUpdate?: boolean } = {}): Promise<BillableOrder> {
  return notBuilt();
}

/** A delivery of a visible order (404 otherwise), optionally locked. */
export async function loadBillableDelivery(_ctx: Ctx, _deliveryId: string, _options: { forUpdate?: boolean } = {}): Promise<BillableDelivery> {
  return notBuilt();
}

/** Adds invoiced quantities to order lines (and delivery lines); negative for credit notes. Never beyond what was ordered or delivered. */
export async function recordInvoicedQuantities(_ctx: Ctx, _orderId: string, _lines: InvoicedQuantity[]): Promise<void> {
  return notBuilt();
}

/** Closes a delivered order once billing says it is fully invoiced and paid (`settled`); otherwise leaves it. */
export async function closeOrderIfSettled(_ctx: Ctx, _orderId: string, _settled: boolean): Promise<void> {
  return notBuilt();
}

/** Orders and their deliveries: /api/v1/orders and /api/v1/deliveries. */
export function ordersRoutes(_app: App, _deps: { assessCredit: CreditCheck }): void {}

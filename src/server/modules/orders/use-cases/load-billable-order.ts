import type { Ctx } from '../../../platform/context.js';
import type { BillableOrder } from '../billable.js';
import { orderDto } from '../dto.js';
import { loadVisibleOrder } from './load.js';

/** The order if the actor may see it (404 otherwise), optionally locked for the command, as billing invoices it. */
export async function loadBillableOrder(ctx: Ctx, orderId: string, options: { forUpdate?: boolean } = {}): Promise<BillableOrder> {
  const { row, lines, charges } = await loadVisibleOrder(ctx, orderId, options);
  const order = orderDto(row, lines, charges);
  return {
    id: order.id,
    number: order.number,
    version: order.version,
    status: order.status,
    accountId: order.accountId,
    contactId: order.contactId,
    ownerId: order.ownerId,
    currency: order.currency,
    paymentTerms: order.paymentTerms,
    discountPercent: order.discountPercent,
    lines: order.lines,
    charges: order.charges,
    totals: order.totals,
  };
}

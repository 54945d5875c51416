import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import type { BillableDelivery } from '../billable.js';
import { deliveryLinesOf, findDelivery } from '../deliveries.repository.js';
import { trimDecimal } from '../domain/order-rules.js';

/** A delivery of a visible order (404 otherwise), optionally locked, with what of each line was invoiced so far. */
export async function loadBillableDelivery(ctx: Ctx, deliveryId: string, options: { forUpdate?: boolean } = {}): Promise<BillableDelivery> {
  const row = await findDelivery(ctx.tx, ctx.actor, deliveryId, options);
  if (!row) throw notFound('Delivery');
  const lines = await deliveryLinesOf(ctx.tx, [deliveryId]);
  return {
    id: row.id,
    number: row.number,
    orderId: row.orderId,
    deliveredOn: row.deliveredOn,
    lines: lines.map((l) => ({ id: l.id, orderLineId: l.orderLineId, quantity: trimDecimal(l.quantity), invoicedQuantity: trimDecimal(l.invoicedQuantity) })),
  };
}

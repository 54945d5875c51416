import type { ListParams } from '../../../platform/http/collection.js';
import type { Ctx } from '../../../platform/context.js';
import { deliveryLinesOf, findDelivery, listDeliveries, type DeliveryFilters } from '../deliveries.repository.js';
import { deliveryDto, orderSummaryDto } from '../dto.js';
import { chargesOf, linesOf, listOrders, type OrderFilters } from '../orders.repository.js';

/** One page of the orders the actor may see; totals (with the tax breakdown) come from their lines. */
export async function listOrderSummaries(ctx: Ctx, params: ListParams<OrderFilters>) {
  const page = await listOrders(ctx.tx, ctx.actor, params);
  const ids = page.data.map((r) => r.id);
  const [lines, charges] = [await linesOf(ctx.tx, ids), await chargesOf(ctx.tx, ids)];
  return {
    data: page.data.map((r) => orderSummaryDto(r, lines.filter((l) => l.orderId === r.id), charges.filter((c) => c.orderId === r.id))),
    nextCursor: page.nextCursor,
  };
}

export async function listDeliveryRecords(ctx: Ctx, params: ListParams<DeliveryFilters>) {
  const page = await listDeliveries(ctx.tx, ctx.actor, params);
  const lines = await deliveryLinesOf(ctx.tx, page.data.map((r) => r.id));
  return { data: page.data.map((r) => deliveryDto(r, lines.filter((l) => l.deliveryId === r.id))), nextCursor: page.nextCursor };
}

export async function getDelivery(ctx: Ctx, id: string) {
  const row = await findDelivery(ctx.tx, ctx.actor, id);
  return row && deliveryDto(row, await deliveryLinesOf(ctx.tx, [id]));
}

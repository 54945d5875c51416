import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { deliveries, deliveryLines, orderLines } from './orders.schema.js';

export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryLineRow = typeof deliveryLines.$inferSelect & { description: string; unit: string; position: number };
export type DeliveryFilters = { orderId: string; accountId: string };

// A delivery belongs to its order's owner, so it is visible exactly when the order is.
const visible = (actor: Actor): SQL | undefined => visibleTo(actor, 'fulfilment', deliveries.ownerId);

export const deliveryList: KeysetSpec<DeliveryFilters> = {
  id: deliveries.id,
  sortable: { number: deliveries.number, createdAt: deliveries.createdAt, deliveredOn: deliveries.deliveredOn },
  archivedAt: deliveries.archivedAt,
  search: [deliveries.number],
  filters: {
    orderId: (v) => eq(deliveries.orderId, v),
    accountId: (v) => eq(deliveries.accountId, v),
  },
};

export async function listDeliveries(tx: Tx, actor: Actor, params: ListParams<DeliveryFilters>) {
  const q = keysetQuery(deliveryList, params, [visible(actor)]);
  const rows = await tx.select().from(deliveries).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, deliveryList, params);
}

export async function findDelivery(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<DeliveryRow | undefined> {
  const query = tx.select().from(deliveries).where(and(eq(deliveries.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update', { of: deliveries }) : await query;
  return row;
}

export async function insertDelivery(tx: Tx, values: typeof deliveries.$inferInsert): Promise<string> {
  const [row] = await tx.insert(deliveries).values(values).returning({ id: deliveries.id });
  return row!.id;
}

export async function insertDeliveryLines(tx: Tx, values: (typeof deliveryLines.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await tx.insert(deliveryLines).values(values);
}

/** Lines of these deliveries with their order line's description and unit, in the order's line order. */
export async function deliveryLinesOf(tx: Tx, deliveryIds: string[]): Promise<DeliveryLineRow[]> {
  if (deliveryIds.length === 0) return [];
  return tx
    .select({
      id: deliveryLines.id,
      orgId: deliveryLines.orgId,
      deliveryId: deliveryLines.deliveryId,
      orderLineId: deliveryLines.orderLineId,
      quantity: deliveryLines.quantity,
      invoicedQuantity: deliveryLines.invoicedQuantity,
      description: orderLines.description,
      unit: orderLines.unit,
      position: orderLines.position,
    })
    .from(deliveryLines)
    .innerJoin(orderLines, eq(orderLines.id, deliveryLines.orderLineId))
    .where(inArray(deliveryLines.deliveryId, deliveryIds))
    .orderBy(asc(deliveryLines.deliveryId), asc(orderLines.position));
}

export async function setDeliveryLineInvoiced(tx: Tx, lineId: string, quantity: string): Promise<void> {
  await tx.update(deliveryLines).set({ invoicedQuantity: quantity }).where(eq(deliveryLines.id, lineId));
}

/** Delivery lines by id, locked: their invoiced quantities are about to change. */
export async function lockDeliveryLines(tx: Tx, ids: string[]): Promise<(typeof deliveryLines.$inferSelect)[]> {
  if (ids.length === 0) return [];
  return tx.select().from(deliveryLines).where(inArray(deliveryLines.id, ids)).for('update');
}

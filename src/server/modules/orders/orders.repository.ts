import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { OrderStatus } from '../../../contracts/orders.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { orderCharges, orderLines, orders } from './orders.schema.js';

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderChargeRow = typeof orderCharges.$inferSelect;
export type OrderFilters = { status: OrderStatus; accountId: string; ownerId: string; quoteId: string; opportunityId: string };

/** Whose rights narrow a query: the actor's, or none ('system') for what Ciclo reads back by itself. */
export type Viewer = Actor | 'system';

// Every query on orders goes through this: an order the actor may not see does not exist.
const visible = (viewer: Viewer): SQL | undefined => (viewer === 'system' ? undefined : visibleTo(viewer, 'fulfilment', orders.ownerId));

export const orderList: KeysetSpec<OrderFilters> = {
  id: orders.id,
  sortable: { number: orders.number, createdAt: orders.createdAt, orderDate: orders.orderDate, total: orders.total },
  archivedAt: orders.archivedAt,
  search: [orders.number],
  filters: {
    status: (v) => eq(orders.status, v),
    accountId: (v) => eq(orders.accountId, v),
    ownerId: (v) => eq(orders.ownerId, v),
    quoteId: (v) => eq(orders.quoteId, v),
    opportunityId: (v) => eq(orders.opportunityId, v),
  },
};

export async function listOrders(tx: Tx, actor: Actor, params: ListParams<OrderFilters>) {
  const q = keysetQuery(orderList, params, [visible(actor)]);
  const rows = await tx.select().from(orders).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, orderList, params);
}

/** The order if the actor may see it; forUpdate locks its row until the transaction ends (commands on one order queue). */
export async function findOrder(tx: Tx, viewer: Viewer, id: string, options: { forUpdate?: boolean } = {}): Promise<OrderRow | undefined> {
  const query = tx.select().from(orders).where(and(eq(orders.id, id), visible(viewer)));
  const [row] = options.forUpdate ? await query.for('update', { of: orders }) : await query;
  return row;
}

export async function insertOrder(tx: Tx, values: typeof orders.$inferInsert): Promise<string> {
  const [row] = await tx.insert(orders).values(values).returning({ id: orders.id });
  return row!.id;
}

export async function insertOrderLines(tx: Tx, values: (typeof orderLines.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await tx.insert(orderLines).values(values);
}

export async function insertOrderCharges(tx: Tx, values: (typeof orderCharges.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await tx.insert(orderCharges).values(values);
}

export async function updateOrderRow(tx: Tx, id: string, values: Partial<typeof orders.$inferInsert>): Promise<void> {
  await tx
    .update(orders)
    .set({ ...values, version: sql`${orders.version} + 1`, updatedAt: sql`now()` })
    .where(eq(orders.id, id));
}

/** Lines of these orders, in order. */
export async function linesOf(tx: Tx, orderIds: string[]): Promise<OrderLineRow[]> {
  if (orderIds.length === 0) return [];
  return tx.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)).orderBy(asc(orderLines.orderId), asc(orderLines.position));
}

export async function chargesOf(tx: Tx, orderIds: string[]): Promise<OrderChargeRow[]> {
  if (orderIds.length === 0) return [];
  return tx.select().from(orderCharges).where(inArray(orderCharges.orderId, orderIds)).orderBy(asc(orderCharges.orderId), asc(orderCharges.position));
}

export async function setDeliveredQuantity(tx: Tx, lineId: string, quantity: string): Promise<void> {
  await tx.update(orderLines).set({ deliveredQuantity: quantity }).where(eq(orderLines.id, lineId));
}

export async function setInvoicedQuantity(tx: Tx, lineId: string, quantity: string): Promise<void> {
  await tx.update(orderLines).set({ invoicedQuantity: quantity }).where(eq(orderLines.id, lineId));
}

/** The ids of an account's orders the actor may see, as a subquery (for the account's timeline). */
export function visibleOrderIdsOf(actor: Actor, accountId: string): SQL {
  const scope = visible(actor);
  return sql`select ${orders.id} from ${orders} where ${orders.accountId} = ${accountId}${scope ? sql` and ${scope}` : sql``}`;
}

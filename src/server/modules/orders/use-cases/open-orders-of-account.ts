import type { Money } from '../../../../contracts/common.js';
import type { OrderStatus } from '../../../../contracts/orders.js';
import type { Ctx } from '../../../platform/context.js';
import { listOrders } from '../orders.repository.js';

export type OpenOrder = { id: string; number: string; status: OrderStatus; orderDate: string; total: Money };

const finished: readonly OrderStatus[] = ['closed', 'cancelled'];

/** An account's orders that are not closed nor cancelled and the actor may see (up to 200 recent ones), newest first. */
export async function openOrdersOfAccount(ctx: Pick<Ctx, 'tx' | 'actor'>, accountId: string): Promise<OpenOrder[]> {
  const page = await listOrders(ctx.tx, ctx.actor, { limit: 200, cursor: undefined, sort: { field: 'orderDate', descending: true }, q: undefined, archived: 'exclude', filters: { accountId } });
  return page.data
    .filter((r) => !finished.includes(r.status))
    .map((r) => ({ id: r.id, number: r.number, status: r.status, orderDate: r.orderDate, total: { amount: r.total, currency: r.currency } }));
}

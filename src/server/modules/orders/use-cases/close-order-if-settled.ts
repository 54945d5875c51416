import type { Ctx } from '../../../platform/context.js';
import { isSettled } from '../domain/order-rules.js';
import { updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadVisibleOrder } from './load.js';

/** Closes a delivered order once billing says it is fully invoiced and paid (`settled`); otherwise leaves it. */
export async function closeOrderIfSettled(ctx: Ctx, orderId: string, settled: boolean): Promise<void> {
  if (!settled) return;
  const before = await loadVisibleOrder(ctx, orderId, { forUpdate: true });
  if (before.row.archivedAt || !isSettled(before.row.status, before.lines, settled)) return;
  await updateOrderRow(ctx.tx, orderId, { status: 'closed' });
  await auditedOrder(ctx, before, 'transition');
}

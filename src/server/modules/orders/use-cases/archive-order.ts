import type { Ctx } from '../../../platform/context.js';
import { assertStatus } from '../domain/order-rules.js';
import { updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadVisibleOrder } from './load.js';

/** Archives a cancelled or closed order; an order still being fulfilled or billed stays in the lists. */
export async function archiveOrder(ctx: Ctx, id: string): Promise<void> {
  const before = await loadVisibleOrder(ctx, id, { forUpdate: true });
  if (before.row.archivedAt) return;
  assertStatus(before.row.status, ['cancelled', 'closed'], 'be archived');
  await updateOrderRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await auditedOrder(ctx, before, 'archive');
}

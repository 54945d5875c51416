import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertCancellable } from '../domain/order-rules.js';
import { updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadOrderForCommand } from './load.js';

/** Cancels a pending order, or a confirmed one nothing of which was delivered or invoiced yet. */
export async function cancelOrder(ctx: Ctx, id: string, reason: string | undefined, expectedVersion?: number) {
  const before = await loadOrderForCommand(ctx, id);
  assertVersion(before.row.version, expectedVersion);
  assertCancellable(before.row.status, before.lines);
  await updateOrderRow(ctx.tx, id, { status: 'cancelled', cancelledAt: ctx.clock.now(), cancelReason: reason ?? '' });
  return auditedOrder(ctx, before, 'transition');
}

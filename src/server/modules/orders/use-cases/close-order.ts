import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertStatus } from '../domain/order-rules.js';
import { updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadOrderForCommand } from './load.js';

/** Closes a delivered order by hand (e.g. once the last payment came in). */
export async function closeOrder(ctx: Ctx, id: string, expectedVersion?: number) {
  const before = await loadOrderForCommand(ctx, id);
  assertVersion(before.row.version, expectedVersion);
  assertStatus(before.row.status, ['delivered'], 'be closed');
  await updateOrderRow(ctx.tx, id, { status: 'closed' });
  return auditedOrder(ctx, before, 'transition');
}

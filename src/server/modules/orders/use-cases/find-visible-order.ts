import type { Ctx } from '../../../platform/context.js';
import { findOrder } from '../orders.repository.js';

/** The order if the actor may see it (archived ones included), else undefined: what other modules need to refer to it. */
export async function findVisibleOrder(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string) {
  const row = await findOrder(ctx.tx, ctx.actor, id);
  return row && { id: row.id, number: row.number, accountId: row.accountId, ownerId: row.ownerId, status: row.status, archivedAt: row.archivedAt };
}

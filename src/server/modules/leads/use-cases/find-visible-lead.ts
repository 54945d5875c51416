import type { Ctx } from '../../../platform/context.js';
import { findLead } from '../leads.repository.js';

/** The lead if the actor may see it (archived ones included), else undefined: what other modules need to refer to it. */
export async function findVisibleLead(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string) {
  const row = await findLead(ctx.tx, ctx.actor, id);
  return row && { id: row.id, ownerId: row.ownerId, status: row.status, convertedAccountId: row.convertedAccountId, archivedAt: row.archivedAt, name: [row.firstName, row.lastName].filter(Boolean).join(' '), company: row.company };
}

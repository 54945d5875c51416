import type { Ctx } from '../../../platform/context.js';
import { findOpportunity, type OpportunityRow } from '../opportunities.repository.js';

/** The opportunity if the actor may see it (archived ones included), else undefined; optionally locked for the command. */
export async function findVisibleOpportunity(ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<OpportunityRow | undefined> {
  return findOpportunity(ctx.tx, ctx.actor, id, options);
}

import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { findOpportunity, updateOpportunityRow } from '../opportunities.repository.js';

export async function archiveOpportunity(ctx: Ctx, id: string): Promise<void> {
  const before = await findOpportunity(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!before) throw notFound('Opportunity');
  if (before.archivedAt) return;
  const at = ctx.clock.now();
  await updateOpportunityRow(ctx.tx, id, { archivedAt: at });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'opportunities', entityId: id, action: 'archive', changes: { archivedAt: { before: null, after: at.toISOString() } } });
}

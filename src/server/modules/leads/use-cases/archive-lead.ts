import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { findLead, updateLeadRow } from '../leads.repository.js';

export async function archiveLead(ctx: Ctx, id: string): Promise<void> {
  const before = await findLead(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!before) throw notFound('Lead');
  if (before.archivedAt) return;
  const after = await updateLeadRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'leads', entityId: id, action: 'archive', before: { ...before }, after: { ...after } });
}

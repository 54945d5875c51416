import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { lostReasonDto } from '../dto.js';
import { archiveLostReasonRow, findLostReason, insertLostReason, nextLostReasonPosition } from '../pipelines.repository.js';

export async function createLostReason(ctx: Ctx, input: { name: string }) {
  const row = await insertLostReason(ctx.tx, { orgId: ctx.actor.orgId, name: input.name, position: await nextLostReasonPosition(ctx.tx), createdBy: ctx.actor.userId });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'lost-reasons', entityId: row.id, action: 'create', after: { name: row.name, position: row.position } });
  return lostReasonDto(row);
}

/** Archived reasons stay on the deals that were lost for them; they are no longer offered. */
export async function archiveLostReason(ctx: Ctx, id: string): Promise<void> {
  const before = await findLostReason(ctx.tx, id);
  if (!before) throw notFound('Lost reason');
  if (before.archivedAt) return;
  const after = await archiveLostReasonRow(ctx.tx, id, ctx.clock.now());
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'lost-reasons', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}

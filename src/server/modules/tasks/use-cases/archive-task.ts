import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findTask, updateTaskRow } from '../tasks.repository.js';

export async function archiveTask(ctx: Ctx, id: string): Promise<void> {
  const before = await findTask(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!before) throw notFound('Task');
  if (before.archivedAt) return;
  const after = await updateTaskRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tasks', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}

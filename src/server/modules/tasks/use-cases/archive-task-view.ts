import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { updateTaskViewRow } from '../task-views.repository.js';
import { loadOwnTaskView } from './task-view-rights.js';

export async function archiveTaskView(ctx: Ctx, id: string): Promise<void> {
  const before = await loadOwnTaskView(ctx, id);
  if (before.archivedAt) return;
  const after = await updateTaskViewRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'task-views', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}

import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { countStepsUsingType } from '../playbook.repository.js';
import { updateTaskTypeRow } from '../task-types.repository.js';
import { loadTaskType } from './references.js';

/** Tasks keep their archived type; a type still in a playbook must leave it first. */
export async function archiveTaskType(ctx: Ctx, id: string): Promise<void> {
  const before = await loadTaskType(ctx, id);
  if (before.archivedAt) return;
  if ((await countStepsUsingType(ctx.tx, id)) > 0) throw new AppError('conflict', 'The task type is a step of a pipeline playbook; remove it from the playbook first.');
  const after = await updateTaskTypeRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'task-types', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}

import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findTaskView, type TaskViewRow } from '../task-views.repository.js';

/** A view to change, locked: anyone who sees a shared view may use it, only its owner (or an admin) changes it. */
export async function loadOwnTaskView(ctx: Ctx, id: string): Promise<TaskViewRow> {
  const row = await findTaskView(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Task view');
  if (row.ownerId !== ctx.actor.userId && ctx.actor.role !== 'admin') throw new AppError('forbidden', 'Only its owner changes a saved view.');
  return row;
}

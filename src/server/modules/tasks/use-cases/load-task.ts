import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findTask, type TaskRow } from '../tasks.repository.js';

/** The task if the caller may see it, locked for the command; archived tasks do not change. */
export async function loadTask(ctx: Ctx, id: string): Promise<TaskRow> {
  const row = await findTask(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Task');
  if (row.archivedAt) throw new AppError('invalid_state', 'The task is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return row;
}

import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { findTimeEntry, type TimeEntryRow } from '../time-entries.repository.js';

const mayLogForOthers = new Set(['admin', 'sales_manager']);

/**
 * Whose time an entry records: the caller's own by default. Only a manager (for their team) or an
 * admin records someone else's time.
 */
export async function personToLogFor(ctx: Ctx, userId: string | undefined, path = 'userId'): Promise<string> {
  if (!userId || userId === ctx.actor.userId) return ctx.actor.userId;
  if (!mayLogForOthers.has(ctx.actor.role)) throw new AppError('forbidden', 'You may record only your own time.');
  return assertAssignableOwner(ctx, userId, 'sales', path);
}

/** A visible entry the caller may change: their own, or one of a person they may record time for; locked, not archived. */
export async function loadOwnTimeEntry(ctx: Ctx, id: string, options: { allowArchived?: boolean } = {}): Promise<TimeEntryRow> {
  const row = await findTimeEntry(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Time entry');
  if (row.userId !== ctx.actor.userId) {
    if (!mayLogForOthers.has(ctx.actor.role)) throw new AppError('forbidden', 'You may change only your own time entries.');
    await personToLogFor(ctx, row.userId).catch(() => {
      throw new AppError('forbidden', 'You may change only the time entries of your team.');
    });
  }
  if (row.archivedAt && !options.allowArchived) throw new AppError('invalid_state', 'The time entry is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return row;
}

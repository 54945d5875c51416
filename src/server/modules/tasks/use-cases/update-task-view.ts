import type { UpdateTaskViewBody } from '../../../../contracts/task-views.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { taskViewDto } from '../dto.js';
import { updateTaskViewRow } from '../task-views.repository.js';
import { assertViewQuery } from './create-task-view.js';
import { loadOwnTaskView } from './task-view-rights.js';

/** Renames, re-filters, re-sorts, shares or unshares one of your views. */
export async function updateTaskView(ctx: Ctx, id: string, input: UpdateTaskViewBody, expectedVersion?: number) {
  const before = await loadOwnTaskView(ctx, id);
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The view is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  const view = { filters: input.filters ?? before.filters, sort: input.sort ?? before.sort, q: input.q !== undefined ? input.q || null : before.q };
  assertViewQuery(view);
  const after = await updateTaskViewRow(ctx.tx, id, { ...view, ...(input.name !== undefined ? { name: input.name } : {}), ...(input.shared !== undefined ? { shared: input.shared } : {}) });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'task-views', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
  return taskViewDto(after);
}

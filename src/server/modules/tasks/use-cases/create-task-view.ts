import type { CreateTaskViewBody } from '../../../../contracts/task-views.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { viewQueryErrors } from '../domain/view-query.js';
import { taskViewDto } from '../dto.js';
import { insertTaskView } from '../task-views.repository.js';

export function assertViewQuery(view: Parameters<typeof viewQueryErrors>[0]): void {
  const errors = viewQueryErrors(view);
  if (errors.length) throw new AppError('validation', 'The view’s filters or sort are not valid for the task explorer.', { errors });
}

/** Saves the explorer's current filters and sort under a name, for you or (shared) for everyone. */
export async function createTaskView(ctx: Ctx, input: CreateTaskViewBody) {
  const view = { filters: input.filters ?? {}, sort: input.sort ?? 'dueDate', q: input.q || null };
  assertViewQuery(view);
  const row = await insertTaskView(ctx.tx, {
    orgId: ctx.actor.orgId,
    ownerId: ctx.actor.userId,
    name: input.name,
    ...view,
    shared: input.shared ?? false,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'task-views', entityId: row.id, action: 'create', after: { ...row } });
  return taskViewDto(row);
}

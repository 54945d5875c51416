import type { CreateTimeEntryBody } from '../../../../contracts/time-entries.js';
import { invalidField } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { timeEntryDto } from '../dto.js';
import { findTask } from '../tasks.repository.js';
import { insertTimeEntry } from '../time-entries.repository.js';
import { personToLogFor } from './time-entry-rights.js';

/** Time spent on a visible task, filed under the task's account and project so diaries find it. */
export async function createTimeEntry(ctx: Ctx, input: CreateTimeEntryBody) {
  const task = await findTask(ctx.tx, ctx.actor, input.taskId);
  if (!task) throw invalidField('taskId', 'no task with this id that you may see');
  if (task.archivedAt) throw invalidField('taskId', 'the task is archived');
  const userId = await personToLogFor(ctx, input.userId);
  const row = await insertTimeEntry(ctx.tx, {
    orgId: ctx.actor.orgId,
    taskId: task.id,
    userId,
    date: input.date,
    minutes: input.minutes,
    comment: input.comment ?? '',
    accountId: task.accountId,
    projectId: task.projectId,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'time-entries', entityId: row.id, action: 'create', after: { ...row } });
  return timeEntryDto(row);
}

import type { UpdateTaskBody } from '../../../../contracts/tasks.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { notify } from '../../notifications/index.js';
import { recurrenceColumns } from '../domain/recurrence.js';
import { assertTaskAllows, todayOf } from '../domain/task-rules.js';
import { auditableTask, taskDto } from '../dto.js';
import { updateTaskRow } from '../tasks.repository.js';
import { taskAbout } from './create-task.js';
import { loadTask } from './load-task.js';
import { assertActiveUser } from './references.js';

/** Changes an open task: subject, people, priority, dates, duration, notes, recurrence. */
export async function updateTask(ctx: Ctx, id: string, input: UpdateTaskBody, expectedVersion?: number) {
  const before = await loadTask(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertTaskAllows(before.status, 'change');
  if (input.assigneeId) await assertActiveUser(ctx, input.assigneeId, 'assigneeId');
  if (input.controllerId) await assertActiveUser(ctx, input.controllerId, 'controllerId');
  const { recurrence, ...fields } = input;
  const after = await updateTaskRow(ctx.tx, id, { ...fields, ...(recurrence !== undefined ? recurrenceColumns(recurrence) : {}) });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tasks', entityId: id, action: 'update', before: auditableTask(before), after: auditableTask(after) });
  if (after.assigneeId !== before.assigneeId) await notify(ctx, [{ recipientId: after.assigneeId, kind: 'task_assigned', about: taskAbout(after) }]);
  return taskDto(after, todayOf(ctx.clock.now()));
}

import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { notify } from '../../notifications/index.js';
import { nextDueDate, recurrenceOf } from '../domain/recurrence.js';
import { assertTaskAllows, todayOf } from '../domain/task-rules.js';
import { auditableTask, taskDto } from '../dto.js';
import { updateTaskRow, type TaskRow } from '../tasks.repository.js';
import { insertAuditedTask, taskAbout } from './create-task.js';
import { loadTask } from './load-task.js';

export type TaskChange = { action: 'start' } | { action: 'complete'; outcome?: string | undefined } | { action: 'cancel'; reason?: string | undefined } | { action: 'reopen' };

/** The next occurrence of a recurring task: same record, people and settings, due one interval later. */
async function createNextOccurrence(ctx: Ctx, done: TaskRow, today: string): Promise<string> {
  const recurrence = recurrenceOf(done)!;
  const next = await insertAuditedTask(ctx, {
    kind: done.kind,
    taskTypeId: done.taskTypeId,
    subject: done.subject,
    relatedType: done.relatedType,
    relatedId: done.relatedId,
    accountId: done.accountId,
    projectId: done.projectId,
    assigneeId: done.assigneeId,
    controllerId: done.controllerId,
    priority: done.priority,
    dueDate: nextDueDate(done.dueDate, today, recurrence),
    durationMinutes: done.durationMinutes,
    notes: done.notes,
    recurrenceEvery: done.recurrenceEvery,
    recurrenceUnit: done.recurrenceUnit,
    previousOccurrenceId: done.id,
    createdBy: done.createdBy,
  });
  return next.id;
}

/**
 * start (pending → in progress), complete (→ done, with an outcome), cancel (→ cancelled, with a
 * reason), reopen (done or cancelled → pending). Completing a recurring task creates its next
 * occurrence once, even if it is reopened and completed again.
 */
export async function changeTaskStatus(ctx: Ctx, id: string, change: TaskChange, expectedVersion?: number) {
  const before = await loadTask(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertTaskAllows(before.status, change.action);
  const now = ctx.clock.now();
  const today = todayOf(now);
  let values: Parameters<typeof updateTaskRow>[2];
  switch (change.action) {
    case 'start':
      values = { status: 'in_progress', startedAt: now };
      break;
    case 'complete': {
      const next = recurrenceOf(before) && !before.nextOccurrenceId ? await createNextOccurrence(ctx, before, today) : before.nextOccurrenceId;
      values = { status: 'done', completedAt: now, outcome: change.outcome ?? before.outcome, nextOccurrenceId: next };
      break;
    }
    case 'cancel':
      values = { status: 'cancelled', cancelledAt: now, cancelReason: change.reason ?? '' };
      break;
    case 'reopen':
      values = { status: 'pending', completedAt: null, cancelledAt: null, cancelReason: '' };
      break;
  }
  const after = await updateTaskRow(ctx.tx, id, values);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tasks', entityId: id, action: 'transition', before: auditableTask(before), after: auditableTask(after) });
  // The controller hears when someone else finishes a task they control.
  if (change.action === 'complete') await notify(ctx, [{ recipientId: after.controllerId, kind: 'controlled_task_completed', about: taskAbout(after) }]);
  return taskDto(after, today);
}

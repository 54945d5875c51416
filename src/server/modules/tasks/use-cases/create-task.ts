import type { CreateTaskBody } from '../../../../contracts/tasks.js';
import { invalidField } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { isActiveUser } from '../../directory/index.js';
import { notify } from '../../notifications/index.js';
import { recurrenceColumns, recurrenceOf } from '../domain/recurrence.js';
import { assigneeByRule, todayOf } from '../domain/task-rules.js';
import { auditableTask, taskDto } from '../dto.js';
import type { TaskTypeRow } from '../task-types.repository.js';
import { insertTask, type TaskRow } from '../tasks.repository.js';
import { activeTaskType, assertActiveUser } from './references.js';
import { peopleOf, resolveRelated, type RelatedRecord } from './resolve-related.js';

/** Who a task of this type goes to by the type's rule, if the rule finds an active user. */
export async function assigneeOfType(ctx: Ctx, type: TaskTypeRow | null, related: RelatedRecord): Promise<string | null> {
  if (!type || type.assignmentRule === 'none') return null;
  const candidate = assigneeByRule(type.assignmentRule, await peopleOf(ctx, related));
  return candidate && (await isActiveUser(ctx.tx, candidate)) ? candidate : null;
}

/** The type's default controller while they are active. */
export async function controllerOfType(ctx: Ctx, type: TaskTypeRow | null): Promise<string | null> {
  const id = type?.defaultControllerId;
  return id && (await isActiveUser(ctx.tx, id)) ? id : null;
}

/** Inserts a task and its audit row; whoever it is assigned to (other than the caller) is notified. */
export async function insertAuditedTask(ctx: Ctx, values: Omit<Parameters<typeof insertTask>[1], 'orgId'>): Promise<TaskRow> {
  const row = await insertTask(ctx.tx, { ...values, orgId: ctx.actor.orgId });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tasks', entityId: row.id, action: 'create', after: auditableTask(row) });
  await notify(ctx, [{ recipientId: row.assigneeId, kind: 'task_assigned', about: taskAbout(row) }]);
  return row;
}

/** What a notification about a task names. */
export const taskAbout = (row: TaskRow) => ({ type: 'tasks', id: row.id, title: row.subject });

/**
 * A task on a record the caller may see. Its type (if any) fills what the caller left out: kind,
 * priority, duration, controller, recurrence; and its assignment rule picks who does it. Whoever is
 * still unnamed is the caller: they do and control what they create for themselves.
 */
export async function createTask(ctx: Ctx, input: CreateTaskBody) {
  const type = input.taskTypeId ? await activeTaskType(ctx, input.taskTypeId) : null;
  const kind = input.kind ?? type?.kind;
  if (!kind) throw invalidField('kind', 'required unless a task type gives it');
  if (type && kind !== type.kind) throw invalidField('kind', `the task type is of kind ${type.kind}`);
  const related = await resolveRelated(ctx, input.relatedTo);
  const assigneeId = input.assigneeId
    ? await assertActiveUser(ctx, input.assigneeId, 'assigneeId')
    : ((await assigneeOfType(ctx, type, related)) ?? ctx.actor.userId);
  const controllerId = input.controllerId ? await assertActiveUser(ctx, input.controllerId, 'controllerId') : ((await controllerOfType(ctx, type)) ?? ctx.actor.userId);
  const row = await insertAuditedTask(ctx, {
    kind,
    taskTypeId: type?.id ?? null,
    subject: input.subject,
    relatedType: related.type,
    relatedId: related.id,
    accountId: related.accountId,
    projectId: related.projectId,
    assigneeId,
    controllerId,
    priority: input.priority ?? type?.defaultPriority ?? 'normal',
    dueDate: input.dueDate ?? null,
    nextActionDate: input.nextActionDate ?? null,
    durationMinutes: input.durationMinutes !== undefined ? input.durationMinutes : (type?.defaultDurationMinutes ?? null),
    notes: input.notes ?? '',
    ...recurrenceColumns(input.recurrence !== undefined ? input.recurrence : type && recurrenceOf(type)),
    createdBy: ctx.actor.userId,
  });
  return taskDto(row, todayOf(ctx.clock.now()));
}

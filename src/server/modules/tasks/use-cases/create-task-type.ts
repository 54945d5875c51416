import type { CreateTaskTypeBody } from '../../../../contracts/tasks.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { recurrenceColumns } from '../domain/recurrence.js';
import { taskTypeDto } from '../dto.js';
import { insertTaskType } from '../task-types.repository.js';
import { assertActiveUser } from './references.js';

export async function createTaskType(ctx: Ctx, input: CreateTaskTypeBody) {
  if (input.defaultControllerId) await assertActiveUser(ctx, input.defaultControllerId, 'defaultControllerId');
  const row = await insertTaskType(ctx.tx, {
    orgId: ctx.actor.orgId,
    name: input.name,
    kind: input.kind,
    defaultPriority: input.defaultPriority ?? 'normal',
    defaultDurationMinutes: input.defaultDurationMinutes ?? null,
    defaultControllerId: input.defaultControllerId ?? null,
    assignmentRule: input.assignmentRule ?? 'none',
    ...recurrenceColumns(input.recurrence ?? null),
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'task-types', entityId: row.id, action: 'create', after: { ...row } });
  return taskTypeDto(row);
}

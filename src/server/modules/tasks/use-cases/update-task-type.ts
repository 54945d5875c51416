import type { UpdateTaskTypeBody } from '../../../../contracts/tasks.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { recurrenceColumns } from '../domain/recurrence.js';
import { taskTypeDto } from '../dto.js';
import { updateTaskTypeRow } from '../task-types.repository.js';
import { assertActiveUser, loadTaskType } from './references.js';

export async function updateTaskType(ctx: Ctx, id: string, input: UpdateTaskTypeBody, expectedVersion?: number) {
  const before = await loadTaskType(ctx, id);
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The task type is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  if (input.defaultControllerId) await assertActiveUser(ctx, input.defaultControllerId, 'defaultControllerId');
  const { recurrence, ...fields } = input;
  const after = await updateTaskTypeRow(ctx.tx, id, { ...fields, ...(recurrence !== undefined ? recurrenceColumns(recurrence) : {}) });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'task-types', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
  return taskTypeDto(after);
}

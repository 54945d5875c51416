import { invalidField, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { isActiveUser } from '../../directory/index.js';
import { findTaskType, type TaskTypeRow } from '../task-types.repository.js';

/** A person a task or entry names must be an active user of the organisation. */
export async function assertActiveUser(ctx: Ctx, id: string, path: string): Promise<string> {
  if (!(await isActiveUser(ctx.tx, id))) throw invalidField(path, 'no active user with this id');
  return id;
}

/** A task type to create tasks from: it exists and is not archived. */
export async function activeTaskType(ctx: Ctx, id: string, path = 'taskTypeId'): Promise<TaskTypeRow> {
  const row = await findTaskType(ctx.tx, id);
  if (!row) throw invalidField(path, 'no such task type');
  if (row.archivedAt) throw invalidField(path, 'the task type is archived');
  return row;
}

/** A task type locked for a change; 404 when there is none. */
export async function loadTaskType(ctx: Ctx, id: string): Promise<TaskTypeRow> {
  const row = await findTaskType(ctx.tx, id, { forUpdate: true });
  if (!row) throw notFound('Task type');
  return row;
}

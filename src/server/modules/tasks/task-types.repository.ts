import { eq, sql } from 'drizzle-orm';
import type { TaskKind } from '../../../contracts/tasks.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { taskTypes } from './tasks.schema.js';

export type TaskTypeRow = typeof taskTypes.$inferSelect;
export type TaskTypeFilters = { kind: TaskKind };

// Task types are configuration: everyone who reads tasks reads them all.
export const taskTypeList: KeysetSpec<TaskTypeFilters> = {
  id: taskTypes.id,
  sortable: { name: taskTypes.name, createdAt: taskTypes.createdAt, updatedAt: taskTypes.updatedAt },
  archivedAt: taskTypes.archivedAt,
  search: [taskTypes.name],
  filters: { kind: (v) => eq(taskTypes.kind, v) },
};

export async function listTaskTypes(tx: Tx, params: ListParams<TaskTypeFilters>) {
  const q = keysetQuery(taskTypeList, params);
  const rows = await tx.select().from(taskTypes).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, taskTypeList, params);
}

export async function findTaskType(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<TaskTypeRow | undefined> {
  const query = tx.select().from(taskTypes).where(eq(taskTypes.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertTaskType(tx: Tx, values: typeof taskTypes.$inferInsert): Promise<TaskTypeRow> {
  const [row] = await tx.insert(taskTypes).values(values).returning();
  return row!;
}

export async function updateTaskTypeRow(tx: Tx, id: string, values: Partial<typeof taskTypes.$inferInsert>): Promise<TaskTypeRow> {
  const [row] = await tx
    .update(taskTypes)
    .set({ ...values, version: sql`${taskTypes.version} + 1`, updatedAt: sql`now()` })
    .where(eq(taskTypes.id, id))
    .returning();
  return row!;
}

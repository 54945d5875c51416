import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { taskViews } from './collaboration.schema.js';

export type TaskViewRow = typeof taskViews.$inferSelect;
export type TaskViewFilters = { shared: boolean; ownerId: string };

/** Your own views and those shared with the organisation. */
const visible = (actor: Actor): SQL => or(eq(taskViews.ownerId, actor.userId), eq(taskViews.shared, true))!;

export const taskViewList: KeysetSpec<TaskViewFilters> = {
  id: taskViews.id,
  sortable: { name: taskViews.name, createdAt: taskViews.createdAt, updatedAt: taskViews.updatedAt },
  archivedAt: taskViews.archivedAt,
  search: [taskViews.name],
  filters: { shared: (v) => eq(taskViews.shared, v), ownerId: (v) => eq(taskViews.ownerId, v) },
};

export async function listTaskViews(tx: Tx, actor: Actor, params: ListParams<TaskViewFilters>) {
  const q = keysetQuery(taskViewList, params, [visible(actor)]);
  const rows = await tx.select().from(taskViews).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, taskViewList, params);
}

export async function findTaskView(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<TaskViewRow | undefined> {
  const query = tx.select().from(taskViews).where(and(eq(taskViews.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertTaskView(tx: Tx, values: typeof taskViews.$inferInsert): Promise<TaskViewRow> {
  const [row] = await tx.insert(taskViews).values(values).returning();
  return row!;
}

export async function updateTaskViewRow(tx: Tx, id: string, values: Partial<typeof taskViews.$inferInsert>): Promise<TaskViewRow> {
  const [row] = await tx
    .update(taskViews)
    .set({ ...values, version: sql`${taskViews.version} + 1`, updatedAt: sql`now()` })
    .where(eq(taskViews.id, id))
    .returning();
  return row!;
}

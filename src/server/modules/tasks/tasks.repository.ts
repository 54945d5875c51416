import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { RelatedType, TaskKind, TaskPriority, TaskStatus } from '../../../contracts/tasks.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { openTaskStatuses } from './domain/task-rules.js';
import { tasksVisibleTo } from './task-visibility.js';
import { tasks } from './tasks.schema.js';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskFilters = {
  assigneeId: string;
  controllerId: string;
  mine: 'todo' | 'control';
  overdue: boolean;
  status: TaskStatus;
  priority: TaskPriority;
  kind: TaskKind;
  taskTypeId: string;
  relatedType: RelatedType;
  relatedId: string;
  accountId: string;
  projectId: string;
  dueFrom: string;
  dueTo: string;
  nextActionFrom: string;
  nextActionTo: string;
};

const open = inArray(tasks.status, [...openTaskStatuses]);

/** The explorer's filters; "mine" and "overdue" depend on who asks and on today. */
function taskList(actor: Actor, today: string): KeysetSpec<TaskFilters> {
  return {
    id: tasks.id,
    // Dates sort on their NOT NULL shadows (no date = last) so that keyset cursors work.
    sortable: { dueDate: tasks.dueSort, nextActionDate: tasks.nextActionSort, priority: tasks.priority, createdAt: tasks.createdAt, updatedAt: tasks.updatedAt },
    archivedAt: tasks.archivedAt,
    search: [tasks.subject, tasks.notes],
    filters: {
      assigneeId: (v) => eq(tasks.assigneeId, v),
      controllerId: (v) => eq(tasks.controllerId, v),
      mine: (v) => eq(v === 'todo' ? tasks.assigneeId : tasks.controllerId, actor.userId),
      overdue: (v) => {
        const overdue = sql`(${tasks.dueDate} < ${today} and ${open})`;
        return v ? overdue : sql`(not ${overdue} or ${tasks.dueDate} is null)`;
      },
      status: (v) => eq(tasks.status, v),
      priority: (v) => eq(tasks.priority, v),
      kind: (v) => eq(tasks.kind, v),
      taskTypeId: (v) => eq(tasks.taskTypeId, v),
      relatedType: (v) => eq(tasks.relatedType, v),
      relatedId: (v) => eq(tasks.relatedId, v),
      accountId: (v) => eq(tasks.accountId, v),
      projectId: (v) => eq(tasks.projectId, v),
      dueFrom: (v) => sql`${tasks.dueDate} >= ${v}`,
      dueTo: (v) => sql`${tasks.dueDate} <= ${v}`,
      nextActionFrom: (v) => sql`${tasks.nextActionDate} >= ${v}`,
      nextActionTo: (v) => sql`${tasks.nextActionDate} <= ${v}`,
    },
  };
}

export async function listTasks(tx: Tx, actor: Actor, params: ListParams<TaskFilters>, today: string) {
  const spec = taskList(actor, today);
  // "Mine to do / to control" means what is still open, unless a status is asked for.
  const mineOpen = params.filters.mine && !params.filters.status ? open : undefined;
  const q = keysetQuery(spec, params, [tasksVisibleTo(actor), mineOpen]);
  const rows = await tx.select().from(tasks).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  // The cursor takes the sort value from the field of the API's name: give it the shadow's.
  const page = keysetPage(
    rows.map((row) => ({ id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, priority: row.priority, dueDate: row.dueSort, nextActionDate: row.nextActionSort, row })),
    spec,
    params,
  );
  return { data: page.data.map((p) => p.row), nextCursor: page.nextCursor };
}

export async function findTask(tx: Tx, actor: Actor | 'system', id: string, options: { forUpdate?: boolean } = {}): Promise<TaskRow | undefined> {
  const query = tx.select().from(tasks).where(and(eq(tasks.id, id), actor === 'system' ? undefined : tasksVisibleTo(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertTask(tx: Tx, values: typeof tasks.$inferInsert): Promise<TaskRow> {
  const [row] = await tx.insert(tasks).values(values).returning();
  return row!;
}

export async function updateTaskRow(tx: Tx, id: string, values: Partial<typeof tasks.$inferInsert>): Promise<TaskRow> {
  const [row] = await tx
    .update(tasks)
    .set({ ...values, version: sql`${tasks.version} + 1`, updatedAt: sql`now()` })
    .where(eq(tasks.id, id))
    .returning();
  return row!;
}

/** Tasks of a project that are not archived, by status. */
export async function countTasksByProject(tx: Tx, projectIds: string[]): Promise<{ projectId: string; status: TaskStatus; n: number }[]> {
  if (projectIds.length === 0) return [];
  const rows = await tx
    .select({ projectId: tasks.projectId, status: tasks.status, n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(and(inArray(tasks.projectId, projectIds), isNull(tasks.archivedAt)))
    .groupBy(tasks.projectId, tasks.status);
  return rows.map((r) => ({ projectId: r.projectId!, status: r.status, n: r.n }));
}

/** An opportunity's tasks of these types that are not archived nor cancelled, with their status. */
export async function tasksOfTypesOn(tx: Tx, opportunityId: string, taskTypeIds: string[]): Promise<{ id: string; taskTypeId: string; status: TaskStatus }[]> {
  if (taskTypeIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    eq(tasks.relatedType, 'opportunity'),
    eq(tasks.relatedId, opportunityId),
    inArray(tasks.taskTypeId, taskTypeIds),
    isNull(tasks.archivedAt),
    sql`${tasks.status} <> 'cancelled'`,
  ];
  const rows = await tx.select({ id: tasks.id, taskTypeId: tasks.taskTypeId, status: tasks.status }).from(tasks).where(and(...conditions)).orderBy(tasks.createdAt);
  return rows.map((r) => ({ id: r.id, taskTypeId: r.taskTypeId!, status: r.status }));
}

/** A person's open tasks whose next-action date has come (today or earlier), latest first. */
export async function openTasksWithNextActionBy(tx: Tx, assigneeId: string, today: string, limit = 500): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.assigneeId, assigneeId), open, isNull(tasks.archivedAt), sql`${tasks.nextActionDate} <= ${today}`))
    .orderBy(sql`${tasks.nextActionDate} desc`, tasks.id)
    .limit(limit);
}

/** A person's open tasks (as assignee) with a due or next-action date, soonest first: their calendar. */
export async function openDatedTasksOf(tx: Tx, assigneeId: string, limit = 1000): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.assigneeId, assigneeId), open, isNull(tasks.archivedAt), sql`(${tasks.dueDate} is not null or ${tasks.nextActionDate} is not null)`))
    .orderBy(tasks.dueSort, tasks.nextActionSort, tasks.id)
    .limit(limit);
}

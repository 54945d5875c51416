import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { timeEntriesVisibleTo } from './task-visibility.js';
import { tasks, timeEntries } from './tasks.schema.js';

export type TimeEntryRow = typeof timeEntries.$inferSelect;
export type TimeEntryFilters = { accountId: string; userId: string; projectId: string; taskId: string; from: string; to: string };

export const timeEntryList: KeysetSpec<TimeEntryFilters> = {
  id: timeEntries.id,
  sortable: { date: timeEntries.date, createdAt: timeEntries.createdAt, minutes: timeEntries.minutes },
  archivedAt: timeEntries.archivedAt,
  search: [timeEntries.comment],
  filters: {
    accountId: (v) => eq(timeEntries.accountId, v),
    userId: (v) => eq(timeEntries.userId, v),
    projectId: (v) => eq(timeEntries.projectId, v),
    taskId: (v) => eq(timeEntries.taskId, v),
    from: (v) => sql`${timeEntries.date} >= ${v}`,
    to: (v) => sql`${timeEntries.date} <= ${v}`,
  },
};

/** One page of a diary, and the totals of everything the filter matches (the cursor and the limit aside). */
export async function listTimeEntries(tx: Tx, actor: Actor, params: ListParams<TimeEntryFilters>) {
  const scope = timeEntriesVisibleTo(actor);
  const q = keysetQuery(timeEntryList, params, [scope]);
  const rows = await tx.select().from(timeEntries).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  const whole = keysetQuery(timeEntryList, { ...params, cursor: undefined }, [scope]);
  const [totals] = await tx
    .select({ minutes: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)::int`, entries: sql<number>`count(*)::int` })
    .from(timeEntries)
    .where(whole.where);
  return { ...keysetPage(rows, timeEntryList, params), totals: totals! };
}

export async function findTimeEntry(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<TimeEntryRow | undefined> {
  const scope = timeEntriesVisibleTo(actor);
  const query = tx.select().from(timeEntries).where(scope ? sql`${timeEntries.id} = ${id} and ${scope}` : eq(timeEntries.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertTimeEntry(tx: Tx, values: typeof timeEntries.$inferInsert): Promise<TimeEntryRow> {
  const [row] = await tx.insert(timeEntries).values(values).returning();
  return row!;
}

export async function updateTimeEntryRow(tx: Tx, id: string, values: Partial<typeof timeEntries.$inferInsert>): Promise<TimeEntryRow> {
  const [row] = await tx
    .update(timeEntries)
    .set({ ...values, version: sql`${timeEntries.version} + 1`, updatedAt: sql`now()` })
    .where(eq(timeEntries.id, id))
    .returning();
  return row!;
}

/** The latest time entries of an account the actor may see, with their task's subject and their person's name (for a dossier). */
export async function recentTimeEntriesOf(tx: Tx, actor: Actor, accountId: string, limit: number) {
  const scope = timeEntriesVisibleTo(actor);
  return tx
    .select({
      id: timeEntries.id,
      date: timeEntries.date,
      minutes: timeEntries.minutes,
      comment: timeEntries.comment,
      taskSubject: tasks.subject,
      // Users are the directory module's table; a diary only borrows the display name.
      userName: sql<string>`(select u.name from users u where u.id = ${timeEntries.userId})`,
    })
    .from(timeEntries)
    .innerJoin(tasks, eq(tasks.id, timeEntries.taskId))
    .where(and(eq(timeEntries.accountId, accountId), isNull(timeEntries.archivedAt), scope))
    .orderBy(desc(timeEntries.date), desc(timeEntries.createdAt))
    .limit(limit);
}

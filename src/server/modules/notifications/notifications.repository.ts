import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { notifications } from './notifications.schema.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'readAt'>;

export async function insertNotifications(tx: Tx, values: NewNotification[]): Promise<void> {
  if (values.length === 0) return;
  // Dates reached are materialised on every read: the partial unique index makes that idempotent.
  await tx.insert(notifications).values(values).onConflictDoNothing();
}

/** Cursor position in "unread first, newest first" order. */
export type NotificationKey = { unread: boolean; createdAt: Date; id: string };

const unreadFirst = sql<number>`(${notifications.readAt} is null)::int`;

export async function listNotificationsOf(tx: Tx, recipientId: string, limit: number, after: NotificationKey | undefined): Promise<NotificationRow[]> {
  const conditions: (SQL | undefined)[] = [eq(notifications.recipientId, recipientId)];
  if (after) {
    conditions.push(sql`(${unreadFirst}, ${notifications.createdAt}, ${notifications.id}) < (${after.unread ? 1 : 0}, ${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`);
  }
  return tx
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(unreadFirst), desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(tx: Tx, recipientId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(notifications).where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the recipient's notifications read (kept read if it already was); undefined when it is not theirs. */
export async function markRead(tx: Tx, recipientId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, recipientId)))
    .returning();
  return row;
}

export async function markAllRead(tx: Tx, recipientId: string, at: Date): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

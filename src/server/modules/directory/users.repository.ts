import { and, eq, ne, sql, isNull } from 'drizzle-orm';
import type { Role } from '../../../contracts/common.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { users } from './directory.schema.js';

export type UserRow = typeof users.$inferSelect;
export type UserFilters = { role: Role; teamId: string };

export const userList: KeysetSpec<UserFilters> = {
  id: users.id,
  sortable: { name: users.name, email: users.email, createdAt: users.createdAt, updatedAt: users.updatedAt },
  archivedAt: users.archivedAt,
  search: [users.name, users.email],
  filters: { role: (role) => eq(users.role, role), teamId: (teamId) => eq(users.teamId, teamId) },
};

export async function listUsers(tx: Tx, params: ListParams<UserFilters>) {
  const q = keysetQuery(userList, params);
  const rows = await tx.select().from(users).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, userList, params);
}

export async function findUser(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<UserRow | undefined> {
  const query = tx.select().from(users).where(eq(users.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findActiveUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(and(eq(users.id, id), isNull(users.archivedAt)));
  return row;
}

export async function insertUser(tx: Tx, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await tx.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(tx: Tx, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await tx
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

export async function countOtherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.archivedAt), ne(users.id, userId)));
  return row?.n ?? 0;
}

/**
 * Serialises the commands that could remove an organisation's last admin (role changes, archiving):
 * two admins demoting each other at once must not both succeed. Held until the transaction ends.
 */
export async function lockAdminChanges(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('ciclo:admins:' || current_setting('app.org_id'), 0))`);
}

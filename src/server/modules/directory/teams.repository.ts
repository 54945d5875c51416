import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { teams, users } from './directory.schema.js';

export type TeamRow = typeof teams.$inferSelect & { memberCount: number };
export type TeamFilters = { managerId: string };

export const teamList: KeysetSpec<TeamFilters> = {
  id: teams.id,
  sortable: { name: teams.name, createdAt: teams.createdAt, updatedAt: teams.updatedAt },
  archivedAt: teams.archivedAt,
  search: [teams.name],
  filters: { managerId: (id) => eq(teams.managerId, id) },
};

const withMemberCount = {
  memberCount: sql<number>`(select count(*)::int from ${users} m where m.team_id = ${teams.id} and m.archived_at is null)`.as('member_count'),
};

export async function listTeams(tx: Tx, params: ListParams<TeamFilters>) {
  const q = keysetQuery(teamList, params);
  const rows = await tx.select({ ...teamColumns(), ...withMemberCount }).from(teams).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, teamList, params);
}

function teamColumns() {
  const { id, orgId, version, createdAt, updatedAt, createdBy, archivedAt, name, managerId } = teams;
  return { id, orgId, version, createdAt, updatedAt, createdBy, archivedAt, name, managerId };
}

export async function findTeam(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<TeamRow | undefined> {
  const query = tx.select({ ...teamColumns(), ...withMemberCount }).from(teams).where(eq(teams.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: teams }) : await query;
  return row;
}

export async function insertTeam(tx: Tx, values: typeof teams.$inferInsert): Promise<TeamRow> {
  const [row] = await tx.insert(teams).values(values).returning();
  return { ...row!, memberCount: 0 };
}

export async function updateTeam(tx: Tx, id: string, values: Partial<typeof teams.$inferInsert>): Promise<TeamRow> {
  await tx
    .update(teams)
    .set({ ...values, version: sql`${teams.version} + 1`, updatedAt: sql`now()` })
    .where(eq(teams.id, id));
  return (await findTeam(tx, id))!;
}

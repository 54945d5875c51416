import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ProjectStatus } from '../../../contracts/projects.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { projects } from './tasks.schema.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectFilters = { accountId: string; ownerId: string; kind: ProjectRow['kind']; status: ProjectStatus };

// Projects are owned like accounts: a rep sees their own, a manager their team's.
const visible = (actor: Actor | 'system'): SQL | undefined => (actor === 'system' ? undefined : visibleTo(actor, 'sales', projects.ownerId));

export const projectList: KeysetSpec<ProjectFilters> = {
  id: projects.id,
  sortable: { name: projects.name, createdAt: projects.createdAt, updatedAt: projects.updatedAt },
  archivedAt: projects.archivedAt,
  search: [projects.name, projects.description],
  filters: {
    accountId: (v) => eq(projects.accountId, v),
    ownerId: (v) => eq(projects.ownerId, v),
    kind: (v) => eq(projects.kind, v),
    status: (v) => eq(projects.status, v),
  },
};

export async function listProjects(tx: Tx, actor: Actor, params: ListParams<ProjectFilters>) {
  const q = keysetQuery(projectList, params, [visible(actor)]);
  const rows = await tx.select().from(projects).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, projectList, params);
}

export async function findProject(tx: Tx, actor: Actor | 'system', id: string, options: { forUpdate?: boolean } = {}): Promise<ProjectRow | undefined> {
  const query = tx.select().from(projects).where(and(eq(projects.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertProject(tx: Tx, values: typeof projects.$inferInsert): Promise<ProjectRow> {
  const [row] = await tx.insert(projects).values(values).returning();
  return row!;
}

export async function updateProjectRow(tx: Tx, id: string, values: Partial<typeof projects.$inferInsert>): Promise<ProjectRow> {
  const [row] = await tx
    .update(projects)
    .set({ ...values, version: sql`${projects.version} + 1`, updatedAt: sql`now()` })
    .where(eq(projects.id, id))
    .returning();
  return row!;
}

/** The ids of an account's projects the actor may see, as a subquery (for the account's timeline). */
export function visibleProjectIdsOf(actor: Actor, accountId: string): SQL {
  const scope = visible(actor);
  return sql`select ${projects.id} from ${projects} where ${projects.accountId} = ${accountId}${scope ? sql` and ${scope}` : sql``}`;
}

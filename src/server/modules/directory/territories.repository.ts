import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { territories } from './directory.schema.js';

export type TerritoryRow = typeof territories.$inferSelect;
export type TerritoryFilters = { repId: string };

export const territoryList: KeysetSpec<TerritoryFilters> = {
  id: territories.id,
  sortable: { name: territories.name, code: territories.code, createdAt: territories.createdAt, updatedAt: territories.updatedAt },
  archivedAt: territories.archivedAt,
  search: [territories.name, territories.code, territories.description],
  filters: { repId: (id) => eq(territories.repId, id) },
};

export async function listTerritories(tx: Tx, params: ListParams<TerritoryFilters>) {
  const q = keysetQuery(territoryList, params);
  const rows = await tx.select().from(territories).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, territoryList, params);
}

export async function findTerritory(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<TerritoryRow | undefined> {
  const query = tx.select().from(territories).where(eq(territories.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertTerritory(tx: Tx, values: typeof territories.$inferInsert): Promise<TerritoryRow> {
  const [row] = await tx.insert(territories).values(values).returning();
  return row!;
}

export async function updateTerritory(tx: Tx, id: string, values: Partial<typeof territories.$inferInsert>): Promise<TerritoryRow> {
  const [row] = await tx
    .update(territories)
    .set({ ...values, version: sql`${territories.version} + 1`, updatedAt: sql`now()` })
    .where(eq(territories.id, id))
    .returning();
  return row!;
}

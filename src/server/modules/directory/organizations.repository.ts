import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { organizations } from './directory.schema.js';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function findOrganization(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<OrganizationRow | undefined> {
  const query = tx.select().from(organizations).where(eq(organizations.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertOrganization(tx: Tx, values: typeof organizations.$inferInsert): Promise<OrganizationRow> {
  const [row] = await tx.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganization(tx: Tx, id: string, values: Partial<typeof organizations.$inferInsert>): Promise<OrganizationRow> {
  const [row] = await tx
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(organizations.id, id))
    .returning();
  return row!;
}

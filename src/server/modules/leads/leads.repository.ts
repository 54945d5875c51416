import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { leads } from './leads.schema.js';

export type LeadRow = typeof leads.$inferSelect;
export type LeadFilters = { status: LeadRow['status']; source: LeadRow['source']; ownerId: string; converted: boolean };

export const leadList: KeysetSpec<LeadFilters> = {
  id: leads.id,
  sortable: { createdAt: leads.createdAt, updatedAt: leads.updatedAt, lastName: leads.lastName, company: leads.company },
  archivedAt: leads.archivedAt,
  search: [leads.firstName, leads.lastName, leads.company, leads.email, leads.phone],
  filters: {
    status: (v) => eq(leads.status, v),
    source: (v) => eq(leads.source, v),
    ownerId: (v) => eq(leads.ownerId, v),
    converted: (v) => (v ? sql`${leads.convertedAt} is not null` : sql`${leads.convertedAt} is null`),
  },
};

const visible = (actor: Actor): SQL | undefined => visibleTo(actor, 'sales', leads.ownerId);

export async function listLeads(tx: Tx, actor: Actor, params: ListParams<LeadFilters>) {
  const q = keysetQuery(leadList, params, [visible(actor)]);
  const rows = await tx.select().from(leads).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, leadList, params);
}

export async function findLead(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<LeadRow | undefined> {
  const query = tx.select().from(leads).where(and(eq(leads.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertLead(tx: Tx, values: typeof leads.$inferInsert): Promise<LeadRow> {
  const [row] = await tx.insert(leads).values(values).returning();
  return row!;
}

export async function updateLeadRow(tx: Tx, id: string, values: Partial<typeof leads.$inferInsert>): Promise<LeadRow> {
  const [row] = await tx
    .update(leads)
    .set({ ...values, version: sql`${leads.version} + 1`, updatedAt: sql`now()` })
    .where(eq(leads.id, id))
    .returning();
  return row!;
}

/**
 * Open leads of the whole organisation with the same e-mail or company (duplicates matter even when
 * another rep owns them); `visible` says whether the caller may see each one.
 */
export async function findLeadDuplicates(tx: Tx, actor: Actor, match: { email: string; company: string }, exceptId?: string) {
  const conditions: SQL[] = [];
  if (match.email) conditions.push(sql`lower(${leads.email}) = ${match.email}`);
  if (match.company) conditions.push(sql`lower(regexp_replace(trim(${leads.company}), '[[:space:]]+', ' ', 'g')) = ${match.company}`);
  if (conditions.length === 0) return [];
  const scope = visible(actor);
  return tx
    .select({
      id: leads.id,
      name: sql<string>`trim(${leads.firstName} || ' ' || ${leads.lastName})`,
      email: leads.email,
      visible: scope ? sql<boolean>`(${scope})` : sql<boolean>`true`,
    })
    .from(leads)
    .where(and(or(...conditions), isNull(leads.archivedAt), isNull(leads.convertedAt), sql`${leads.status} <> 'disqualified'`, exceptId ? sql`${leads.id} <> ${exceptId}` : undefined))
    .limit(10);
}

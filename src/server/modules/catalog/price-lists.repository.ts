import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { priceLists } from './catalog.schema.js';

export type PriceListRow = typeof priceLists.$inferSelect;
export type PriceListFilters = { currency: string };
/** 'share' lets prices be set in parallel while keeping the list's currency from changing under them. */
type Lock = { lock?: 'update' | 'share' };

export const priceListList: KeysetSpec<PriceListFilters> = {
  id: priceLists.id,
  sortable: { name: priceLists.name, createdAt: priceLists.createdAt, updatedAt: priceLists.updatedAt },
  archivedAt: priceLists.archivedAt,
  search: [priceLists.name],
  filters: { currency: (v) => eq(priceLists.currency, v) },
};

export async function listPriceLists(tx: Tx, params: ListParams<PriceListFilters>) {
  const q = keysetQuery(priceListList, params);
  const rows = await tx.select().from(priceLists).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, priceListList, params);
}

export async function findPriceList(tx: Tx, id: string, options: Lock = {}): Promise<PriceListRow | undefined> {
  const query = tx.select().from(priceLists).where(eq(priceLists.id, id));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  return row;
}

export async function findDefaultPriceList(tx: Tx): Promise<PriceListRow | undefined> {
  const [row] = await tx.select().from(priceLists).where(and(eq(priceLists.isDefault, true), isNull(priceLists.archivedAt)));
  return row;
}

/** An active price list with this name, case-insensitively, other than `except`. */
export async function findActivePriceListNamed(tx: Tx, name: string, except?: string): Promise<PriceListRow | undefined> {
  const [row] = await tx
    .select()
    .from(priceLists)
    .where(and(sql`lower(${priceLists.name}) = lower(${name})`, isNull(priceLists.archivedAt), except ? ne(priceLists.id, except) : undefined));
  return row;
}

export async function insertPriceList(tx: Tx, values: typeof priceLists.$inferInsert): Promise<PriceListRow> {
  const [row] = await tx.insert(priceLists).values(values).returning();
  return row!;
}

export async function updatePriceList(tx: Tx, id: string, values: Partial<typeof priceLists.$inferInsert>): Promise<PriceListRow> {
  const [row] = await tx
    .update(priceLists)
    .set({ ...values, version: sql`${priceLists.version} + 1`, updatedAt: sql`now()` })
    .where(eq(priceLists.id, id))
    .returning();
  return row!;
}

/** Answers the ids of the price lists that were the default (one at most). */
export async function clearDefaultPriceList(tx: Tx): Promise<string[]> {
  const rows = await tx
    .update(priceLists)
    .set({ isDefault: false, version: sql`${priceLists.version} + 1`, updatedAt: sql`now()` })
    .where(eq(priceLists.isDefault, true))
    .returning({ id: priceLists.id });
  return rows.map((r) => r.id);
}

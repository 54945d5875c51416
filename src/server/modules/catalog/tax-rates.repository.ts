import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { taxRates } from './catalog.schema.js';

export type TaxRateRow = typeof taxRates.$inferSelect;
export type TaxRateFilters = { country: string };
type Lock = { forUpdate?: boolean };

export const taxRateList: KeysetSpec<TaxRateFilters> = {
  id: taxRates.id,
  sortable: { name: taxRates.name, createdAt: taxRates.createdAt, updatedAt: taxRates.updatedAt },
  archivedAt: taxRates.archivedAt,
  search: [taxRates.name],
  filters: { country: (v) => eq(taxRates.country, v) },
};

export async function listTaxRates(tx: Tx, params: ListParams<TaxRateFilters>) {
  const q = keysetQuery(taxRateList, params);
  const rows = await tx.select().from(taxRates).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, taxRateList, params);
}

export async function findTaxRate(tx: Tx, id: string, options: Lock = {}): Promise<TaxRateRow | undefined> {
  const query = tx.select().from(taxRates).where(eq(taxRates.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findDefaultTaxRate(tx: Tx): Promise<TaxRateRow | undefined> {
  const [row] = await tx.select().from(taxRates).where(and(eq(taxRates.isDefault, true), isNull(taxRates.archivedAt)));
  return row;
}

/** An active tax rate with this name, case-insensitively, other than `except`. */
export async function findActiveTaxRateNamed(tx: Tx, name: string, except?: string): Promise<TaxRateRow | undefined> {
  const [row] = await tx
    .select()
    .from(taxRates)
    .where(and(sql`lower(${taxRates.name}) = lower(${name})`, isNull(taxRates.archivedAt), except ? ne(taxRates.id, except) : undefined));
  return row;
}

export async function insertTaxRate(tx: Tx, values: typeof taxRates.$inferInsert): Promise<TaxRateRow> {
  const [row] = await tx.insert(taxRates).values(values).returning();
  return row!;
}

export async function updateTaxRate(tx: Tx, id: string, values: Partial<typeof taxRates.$inferInsert>): Promise<TaxRateRow> {
  const [row] = await tx
    .update(taxRates)
    .set({ ...values, version: sql`${taxRates.version} + 1`, updatedAt: sql`now()` })
    .where(eq(taxRates.id, id))
    .returning();
  return row!;
}

/** Answers the ids of the tax rates that were the default (one at most). */
export async function clearDefaultTaxRate(tx: Tx): Promise<string[]> {
  const rows = await tx
    .update(taxRates)
    .set({ isDefault: false, version: sql`${taxRates.version} + 1`, updatedAt: sql`now()` })
    .where(eq(taxRates.isDefault, true))
    .returning({ id: taxRates.id });
  return rows.map((r) => r.id);
}

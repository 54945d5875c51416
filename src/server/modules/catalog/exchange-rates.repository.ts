import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { exchangeRates } from './catalog.schema.js';

export type ExchangeRateRow = typeof exchangeRates.$inferSelect;
export type ExchangeRateFilters = { currency: string };

export const exchangeRateList: KeysetSpec<ExchangeRateFilters> = {
  id: exchangeRates.id,
  sortable: { validFrom: exchangeRates.validFrom, createdAt: exchangeRates.createdAt },
  archivedAt: exchangeRates.archivedAt,
  filters: { currency: (v) => eq(exchangeRates.currency, v) },
};

export async function listExchangeRates(tx: Tx, params: ListParams<ExchangeRateFilters>) {
  const q = keysetQuery(exchangeRateList, params);
  const rows = await tx.select().from(exchangeRates).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, exchangeRateList, params);
}

export async function findExchangeRate(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<ExchangeRateRow | undefined> {
  const query = tx.select().from(exchangeRates).where(eq(exchangeRates.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

const active = (baseCurrency: string, currency: string) =>
  and(eq(exchangeRates.baseCurrency, baseCurrency), eq(exchangeRates.currency, currency), isNull(exchangeRates.archivedAt));

export async function findActiveRateStarting(tx: Tx, baseCurrency: string, currency: string, validFrom: string): Promise<ExchangeRateRow | undefined> {
  const [row] = await tx.select().from(exchangeRates).where(and(active(baseCurrency, currency), eq(exchangeRates.validFrom, validFrom)));
  return row;
}

/** The rate in force on a day: the active one with the latest start on or before it. */
export async function findRateOn(tx: Tx, baseCurrency: string, currency: string, onDate: string): Promise<ExchangeRateRow | undefined> {
  const [row] = await tx
    .select()
    .from(exchangeRates)
    .where(and(active(baseCurrency, currency), lte(exchangeRates.validFrom, onDate)))
    .orderBy(desc(exchangeRates.validFrom))
    .limit(1);
  return row;
}

export async function findFirstRate(tx: Tx, baseCurrency: string, currency: string): Promise<ExchangeRateRow | undefined> {
  const [row] = await tx.select().from(exchangeRates).where(active(baseCurrency, currency)).orderBy(asc(exchangeRates.validFrom)).limit(1);
  return row;
}

export async function insertExchangeRate(tx: Tx, values: typeof exchangeRates.$inferInsert): Promise<ExchangeRateRow> {
  const [row] = await tx.insert(exchangeRates).values(values).returning();
  return row!;
}

export async function updateExchangeRate(tx: Tx, id: string, values: Partial<typeof exchangeRates.$inferInsert>): Promise<ExchangeRateRow> {
  const [row] = await tx
    .update(exchangeRates)
    .set({ ...values, version: sql`${exchangeRates.version} + 1`, updatedAt: sql`now()` })
    .where(eq(exchangeRates.id, id))
    .returning();
  return row!;
}

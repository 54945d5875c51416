import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { priceLists, productPrices, products } from './catalog.schema.js';

export type PriceRow = typeof productPrices.$inferSelect;

// The `archived` query parameter of a price list's prices is about the products: removed prices never show.
export const listPriceList: KeysetSpec<Record<never, never>> = {
  id: productPrices.id,
  sortable: { sku: products.sku, productName: products.name, updatedAt: productPrices.updatedAt },
  archivedAt: products.archivedAt,
  search: [products.sku, products.name],
};

export async function listPrices(tx: Tx, priceListId: string, params: ListParams<Record<never, never>>) {
  const q = keysetQuery(listPriceList, params, [eq(productPrices.priceListId, priceListId), isNull(productPrices.archivedAt)]);
  const rows = await tx
    .select({
      id: productPrices.id,
      productId: productPrices.productId,
      sku: products.sku,
      productName: products.name,
      unitPrice: productPrices.unitPrice,
      updatedAt: productPrices.updatedAt,
    })
    .from(productPrices)
    .innerJoin(products, eq(products.id, productPrices.productId))
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit);
  return keysetPage(rows, listPriceList, params);
}

/** The price row of a product in a list, removed (archived) or not. */
export async function findPrice(tx: Tx, priceListId: string, productId: string, options: { forUpdate?: boolean } = {}): Promise<PriceRow | undefined> {
  const query = tx.select().from(productPrices).where(and(eq(productPrices.priceListId, priceListId), eq(productPrices.productId, productId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Inserts the price unless the pair already has a row (a concurrent request's); undefined then. */
export async function insertPrice(tx: Tx, values: typeof productPrices.$inferInsert): Promise<PriceRow | undefined> {
  const [row] = await tx.insert(productPrices).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updatePrice(tx: Tx, id: string, values: Partial<typeof productPrices.$inferInsert>): Promise<PriceRow> {
  const [row] = await tx
    .update(productPrices)
    .set({ ...values, version: sql`${productPrices.version} + 1`, updatedAt: sql`now()` })
    .where(eq(productPrices.id, id))
    .returning();
  return row!;
}

export async function countPrices(tx: Tx, priceListId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(productPrices)
    .where(and(eq(productPrices.priceListId, priceListId), isNull(productPrices.archivedAt)));
  return row!.n;
}

/** A product's prices in the active price lists, the default list first. */
export async function pricesOfProduct(tx: Tx, productId: string) {
  return tx
    .select({ priceListId: priceLists.id, priceListName: priceLists.name, currency: priceLists.currency, unitPrice: productPrices.unitPrice })
    .from(productPrices)
    .innerJoin(priceLists, eq(priceLists.id, productPrices.priceListId))
    .where(and(eq(productPrices.productId, productId), isNull(productPrices.archivedAt), isNull(priceLists.archivedAt)))
    .orderBy(desc(priceLists.isDefault), asc(priceLists.name), asc(priceLists.id));
}

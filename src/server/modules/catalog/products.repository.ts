import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { products } from './catalog.schema.js';

export type ProductRow = typeof products.$inferSelect;
export type ProductFilters = { kind: ProductRow['kind']; category: string; taxRateId: string };
type Lock = { forUpdate?: boolean };

export const productList: KeysetSpec<ProductFilters> = {
  id: products.id,
  sortable: { name: products.name, sku: products.sku, createdAt: products.createdAt, updatedAt: products.updatedAt },
  archivedAt: products.archivedAt,
  search: [products.sku, products.name, products.description],
  filters: {
    kind: (v) => eq(products.kind, v),
    category: (v) => eq(products.category, v),
    taxRateId: (v) => eq(products.taxRateId, v),
  },
};

export async function listProducts(tx: Tx, params: ListParams<ProductFilters>) {
  const q = keysetQuery(productList, params);
  const rows = await tx.select().from(products).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, productList, params);
}

export async function findProduct(tx: Tx, id: string, options: Lock = {}): Promise<ProductRow | undefined> {
  const query = tx.select().from(products).where(eq(products.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** An active product with this SKU, case-insensitively, other than `except`. */
export async function findActiveProductBySku(tx: Tx, sku: string, except?: string): Promise<ProductRow | undefined> {
  const [row] = await tx
    .select()
    .from(products)
    .where(and(sql`lower(${products.sku}) = lower(${sku})`, isNull(products.archivedAt), except ? ne(products.id, except) : undefined));
  return row;
}

export async function insertProduct(tx: Tx, values: typeof products.$inferInsert): Promise<ProductRow> {
  const [row] = await tx.insert(products).values(values).returning();
  return row!;
}

export async function updateProduct(tx: Tx, id: string, values: Partial<typeof products.$inferInsert>): Promise<ProductRow> {
  const [row] = await tx
    .update(products)
    .set({ ...values, version: sql`${products.version} + 1`, updatedAt: sql`now()` })
    .where(eq(products.id, id))
    .returning();
  return row!;
}

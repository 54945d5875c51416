import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, numeric, pgEnum, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { productKinds } from '../../../contracts/catalog.js';
import { recordColumns, tenantIsolation } from '../../platform/db/columns.js';
import { organizations } from '../directory/directory.schema.js';

export const productKindEnum = pgEnum('product_kind', productKinds);

export const taxRates = pgTable(
  'tax_rates',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    rate: numeric('rate', { precision: 6, scale: 3 }).notNull(),
    country: text('country'),
    isDefault: boolean('is_default').notNull().default(false),
  },
  (t) => [
    tenantIsolation(),
    unique('tax_rates_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'tax_rates_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    uniqueIndex('tax_rates_org_name_key').on(t.orgId, sql`lower(${t.name})`).where(sql`archived_at is null`),
    uniqueIndex('tax_rates_org_is_default_key').on(t.orgId).where(sql`is_default and archived_at is null`),
    check('tax_rates_rate_check', sql`${t.rate} >= 0 and ${t.rate} <= 100`),
  ],
);

export const products = pgTable(
  'products',
  {
    ...recordColumns(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    kind: productKindEnum('kind').notNull().default('product'),
    unit: text('unit').notNull().default('unit'),
    category: text('category').notNull().default(''),
    taxRateId: uuid('tax_rate_id').notNull(),
  },
  (t) => [
    tenantIsolation(),
    unique('products_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'products_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ name: 'products_tax_rate_fk', columns: [t.orgId, t.taxRateId], foreignColumns: [taxRates.orgId, taxRates.id] }),
    // SKUs are compared case-insensitively; an archived product frees its SKU.
    uniqueIndex('products_org_sku_key').on(t.orgId, sql`lower(${t.sku})`).where(sql`archived_at is null`),
    index('products_org_name_idx').on(t.orgId, t.name, t.id),
    index('products_org_sku_idx').on(t.orgId, t.sku, t.id),
    index('products_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('products_org_category_idx').on(t.orgId, t.category),
    index('products_org_tax_rate_idx').on(t.orgId, t.taxRateId),
  ],
);

export const priceLists = pgTable(
  'price_lists',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    currency: text('currency').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
  },
  (t) => [
    tenantIsolation(),
    unique('price_lists_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'price_lists_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    uniqueIndex('price_lists_org_name_key').on(t.orgId, sql`lower(${t.name})`).where(sql`archived_at is null`),
    uniqueIndex('price_lists_org_is_default_key').on(t.orgId).where(sql`is_default and archived_at is null`),
  ],
);

/**
 * A product's price in a price list, in the list's currency. Removing a price archives the row and
 * setting it again revives it, so each (list, product) pair keeps one row and one history.
 */
export const productPrices = pgTable(
  'product_prices',
  {
    ...recordColumns(),
    priceListId: uuid('price_list_id').notNull(),
    productId: uuid('product_id').notNull(),
    unitPrice: numeric('unit_price', { precision: 20, scale: 4 }).notNull(),
  },
  (t) => [
    tenantIsolation(),
    unique('product_prices_org_id_id_key').on(t.orgId, t.id),
    unique('product_prices_org_list_product_key').on(t.orgId, t.priceListId, t.productId),
    foreignKey({ name: 'product_prices_price_list_fk', columns: [t.orgId, t.priceListId], foreignColumns: [priceLists.orgId, priceLists.id] }),
    foreignKey({ name: 'product_prices_product_fk', columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id] }),
    index('product_prices_product_idx').on(t.orgId, t.productId),
    check('product_prices_unit_price_check', sql`${t.unitPrice} >= 0`),
  ],
);

/**
 * 1 unit of `currency` = `rate` units of `base_currency`, on valid_from and after until a later rate
 * starts. The base currency is kept with the rate: if the organisation changes its base currency,
 * the old rates no longer apply instead of silently converting into the wrong currency.
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    ...recordColumns(),
    currency: text('currency').notNull(),
    baseCurrency: text('base_currency').notNull(),
    rate: numeric('rate', { precision: 24, scale: 10 }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
  },
  (t) => [
    tenantIsolation(),
    unique('exchange_rates_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'exchange_rates_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    // Also the lookup index of conversions: latest valid_from on or before a day.
    uniqueIndex('exchange_rates_org_valid_from_key').on(t.orgId, t.baseCurrency, t.currency, t.validFrom).where(sql`archived_at is null`),
    index('exchange_rates_org_valid_from_idx').on(t.orgId, t.validFrom, t.id),
    check('exchange_rates_rate_check', sql`${t.rate} > 0`),
    check('exchange_rates_currency_check', sql`${t.currency} <> ${t.baseCurrency}`),
  ],
);

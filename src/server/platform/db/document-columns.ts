import { integer, numeric, text, uuid } from 'drizzle-orm/pg-core';

/** Decimal columns for money and quantities: exact, 4 decimals (amounts are rounded to the currency when computed). */
export const amount = (name: string) => numeric(name, { precision: 20, scale: 4 });
export const percent = (name: string) => numeric(name, { precision: 7, scale: 4 });

/** A priced line as quotes, orders and invoices store it (the tax rate is copied, not referenced: documents keep what they said). */
export const documentLineColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull(),
  position: integer('position').notNull(),
  productId: uuid('product_id'),
  sku: text('sku'),
  description: text('description').notNull(),
  quantity: amount('quantity').notNull(),
  unit: text('unit').notNull().default('unit'),
  unitPrice: amount('unit_price').notNull(),
  discountPercent: percent('discount_percent').notNull().default('0'),
  taxRate: numeric('tax_rate', { precision: 6, scale: 3 }).notNull(),
  netAmount: amount('net_amount').notNull(),
});

export const documentChargeColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull(),
  position: integer('position').notNull(),
  description: text('description').notNull(),
  amount: amount('amount').notNull(),
  taxRate: numeric('tax_rate', { precision: 6, scale: 3 }).notNull(),
});

/** Totals stored with the document so lists and reports need not recompute them. */
export const documentTotalColumns = () => ({
  netTotal: amount('net_total').notNull().default('0'),
  discountTotal: amount('discount_total').notNull().default('0'),
  chargesTotal: amount('charges_total').notNull().default('0'),
  taxBase: amount('tax_base').notNull().default('0'),
  taxTotal: amount('tax_total').notNull().default('0'),
  total: amount('total').notNull().default('0'),
});

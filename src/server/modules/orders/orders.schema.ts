import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, jsonb, pgEnum, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CreditAssessment } from '../../../contracts/credit.js';
import { orderStatuses } from '../../../contracts/orders.js';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { amount, documentChargeColumns, documentLineColumns, documentTotalColumns, percent } from '../../platform/db/document-columns.js';
import { accounts, contacts, paymentTermsEnum } from '../accounts/accounts.schema.js';
import { products } from '../catalog/catalog.schema.js';
import { users } from '../directory/directory.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';
import { opportunities } from '../opportunities/opportunities.schema.js';
import { quotes } from '../quotes/quotes.schema.js';

export const orderStatusEnum = pgEnum('order_status', orderStatuses);

export const orders = pgTable(
  'orders',
  {
    ...recordColumns(),
    ...ownerColumn(),
    number: text('number').notNull(),
    quoteId: uuid('quote_id'),
    opportunityId: uuid('opportunity_id'),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id'),
    currency: text('currency').notNull(),
    orderDate: date('order_date', { mode: 'string' }).notNull(),
    paymentTerms: paymentTermsEnum('payment_terms').notNull(),
    deliveryTerms: text('delivery_terms').notNull().default(''),
    discountPercent: percent('discount_percent').notNull().default('0'),
    notes: text('notes').notNull().default(''),
    status: orderStatusEnum('status').notNull().default('pending'),
    contractSignedAt: date('contract_signed_at', { mode: 'string' }),
    signedBy: text('signed_by').notNull().default(''),
    contractReference: text('contract_reference').notNull().default(''),
    confirmedAt: tstz('confirmed_at'),
    confirmedBy: uuid('confirmed_by'),
    creditAtConfirmation: jsonb('credit_at_confirmation').$type<CreditAssessment>(),
    creditApprovedBy: uuid('credit_approved_by'),
    cancelledAt: tstz('cancelled_at'),
    cancelReason: text('cancel_reason').notNull().default(''),
    ...documentTotalColumns(),
  },
  (t) => [
    tenantIsolation(),
    unique('orders_org_id_id_key').on(t.orgId, t.id),
    unique('orders_org_number_key').on(t.orgId, t.number),
    // One order per accepted quote.
    uniqueIndex('orders_quote_key').on(t.orgId, t.quoteId),
    ...ownerConstraints('orders', t),
    foreignKey({ name: 'orders_quote_fk', columns: [t.orgId, t.quoteId], foreignColumns: [quotes.orgId, quotes.id] }),
    foreignKey({ name: 'orders_opportunity_fk', columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id] }),
    foreignKey({ name: 'orders_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'orders_contact_fk', columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ name: 'orders_confirmed_by_fk', columns: [t.orgId, t.confirmedBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ name: 'orders_credit_approved_by_fk', columns: [t.orgId, t.creditApprovedBy], foreignColumns: [users.orgId, users.id] }),
    index('orders_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('orders_account_idx').on(t.orgId, t.accountId),
    index('orders_org_status_idx').on(t.orgId, t.status),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    ...documentLineColumns(),
    orderId: uuid('order_id').notNull(),
    deliveredQuantity: amount('delivered_quantity').notNull().default('0'),
    invoicedQuantity: amount('invoiced_quantity').notNull().default('0'),
  },
  (t) => [
    tenantIsolation(),
    unique('order_lines_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'order_lines_order_fk', columns: [t.orgId, t.orderId], foreignColumns: [orders.orgId, orders.id] }),
    foreignKey({ name: 'order_lines_product_fk', columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id] }),
    index('order_lines_order_idx').on(t.orgId, t.orderId, t.position),
    index('order_lines_product_idx').on(t.orgId, t.productId),
    // Never more delivered or invoiced than ordered, whatever the code above does.
    check('order_lines_delivered_check', sql`${t.deliveredQuantity} >= 0 and ${t.deliveredQuantity} <= ${t.quantity}`),
    check('order_lines_invoiced_check', sql`${t.invoicedQuantity} >= 0 and ${t.invoicedQuantity} <= ${t.quantity}`),
  ],
);

export const orderCharges = pgTable(
  'order_charges',
  { ...documentChargeColumns(), orderId: uuid('order_id').notNull() },
  (t) => [
    tenantIsolation(),
    unique('order_charges_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'order_charges_order_fk', columns: [t.orgId, t.orderId], foreignColumns: [orders.orgId, orders.id] }),
    index('order_charges_order_idx').on(t.orgId, t.orderId, t.position),
  ],
);

export const deliveries = pgTable(
  'deliveries',
  {
    ...recordColumns(),
    ...ownerColumn(),
    number: text('number').notNull(),
    orderId: uuid('order_id').notNull(),
    accountId: uuid('account_id').notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    unique('deliveries_org_id_id_key').on(t.orgId, t.id),
    unique('deliveries_org_number_key').on(t.orgId, t.number),
    ...ownerConstraints('deliveries', t),
    foreignKey({ name: 'deliveries_order_fk', columns: [t.orgId, t.orderId], foreignColumns: [orders.orgId, orders.id] }),
    foreignKey({ name: 'deliveries_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    index('deliveries_order_idx').on(t.orgId, t.orderId, t.deliveredOn),
    index('deliveries_org_created_idx').on(t.orgId, t.createdAt, t.id),
  ],
);

export const deliveryLines = pgTable(
  'delivery_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    orderLineId: uuid('order_line_id').notNull(),
    quantity: amount('quantity').notNull(),
    invoicedQuantity: amount('invoiced_quantity').notNull().default('0'),
  },
  (t) => [
    tenantIsolation(),
    unique('delivery_lines_org_id_id_key').on(t.orgId, t.id),
    unique('delivery_lines_line_key').on(t.orgId, t.deliveryId, t.orderLineId),
    foreignKey({ name: 'delivery_lines_delivery_fk', columns: [t.orgId, t.deliveryId], foreignColumns: [deliveries.orgId, deliveries.id] }),
    foreignKey({ name: 'delivery_lines_order_line_fk', columns: [t.orgId, t.orderLineId], foreignColumns: [orderLines.orgId, orderLines.id] }),
    index('delivery_lines_order_line_idx').on(t.orgId, t.orderLineId),
    check('delivery_lines_quantity_check', sql`${t.quantity} > 0 and ${t.invoicedQuantity} >= 0 and ${t.invoicedQuantity} <= ${t.quantity}`),
  ],
);

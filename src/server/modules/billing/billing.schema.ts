import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CreditRule } from '../../../contracts/credit.js';
import { invoiceKinds, invoiceStatuses, paymentMethods } from '../../../contracts/invoices.js';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { amount, documentChargeColumns, documentLineColumns, documentTotalColumns, percent } from '../../platform/db/document-columns.js';
import { accounts, paymentTermsEnum } from '../accounts/accounts.schema.js';
import { products } from '../catalog/catalog.schema.js';
import { organizations } from '../directory/directory.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';
import { deliveries, orderLines, orders } from '../orders/orders.schema.js';

export const invoiceKindEnum = pgEnum('invoice_kind', invoiceKinds);
export const invoiceStatusEnum = pgEnum('invoice_status', invoiceStatuses);
export const paymentMethodEnum = pgEnum('payment_method', paymentMethods);

export const invoices = pgTable(
  'invoices',
  {
    ...recordColumns(),
    ...ownerColumn(),
    kind: invoiceKindEnum('kind').notNull().default('invoice'),
    series: text('series').notNull(),
    number: text('number'),
    fiscalYear: integer('fiscal_year'),
    orderId: uuid('order_id').notNull(),
    deliveryId: uuid('delivery_id'),
    downPaymentPercent: percent('down_payment_percent'),
    creditedInvoiceId: uuid('credited_invoice_id'),
    accountId: uuid('account_id').notNull(),
    currency: text('currency').notNull(),
    issueDate: date('issue_date', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    paymentTerms: paymentTermsEnum('payment_terms').notNull(),
    discountPercent: percent('discount_percent').notNull().default('0'),
    notes: text('notes').notNull().default(''),
    creditReason: text('credit_reason').notNull().default(''),
    status: invoiceStatusEnum('status').notNull().default('draft'),
    issuedAt: tstz('issued_at'),
    amountPaid: amount('amount_paid').notNull().default('0'),
    amountCredited: amount('amount_credited').notNull().default('0'),
    /** The issuer and customer as they were when issued: an issued invoice never changes. */
    parties: jsonb('parties').$type<Record<string, unknown>>(),
    ...documentTotalColumns(),
  },
  (t) => [
    tenantIsolation(),
    unique('invoices_org_id_id_key').on(t.orgId, t.id),
    uniqueIndex('invoices_org_number_key').on(t.orgId, t.number).where(sql`number is not null`),
    ...ownerConstraints('invoices', t),
    foreignKey({ name: 'invoices_order_fk', columns: [t.orgId, t.orderId], foreignColumns: [orders.orgId, orders.id] }),
    foreignKey({ name: 'invoices_delivery_fk', columns: [t.orgId, t.deliveryId], foreignColumns: [deliveries.orgId, deliveries.id] }),
    foreignKey({ name: 'invoices_credited_invoice_fk', columns: [t.orgId, t.creditedInvoiceId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ name: 'invoices_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    index('invoices_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('invoices_order_idx').on(t.orgId, t.orderId),
    index('invoices_account_idx').on(t.orgId, t.accountId, t.status),
    index('invoices_org_due_idx').on(t.orgId, t.status, t.dueDate),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    ...documentLineColumns(),
    invoiceId: uuid('invoice_id').notNull(),
    orderLineId: uuid('order_line_id'),
    deductsInvoiceId: uuid('deducts_invoice_id'),
    creditsLineId: uuid('credits_line_id'),
  },
  (t) => [
    tenantIsolation(),
    unique('invoice_lines_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'invoice_lines_invoice_fk', columns: [t.orgId, t.invoiceId], foreignColumns: [invoices.orgId, invoices.id] }),
    foreignKey({ name: 'invoice_lines_order_line_fk', columns: [t.orgId, t.orderLineId], foreignColumns: [orderLines.orgId, orderLines.id] }),
    foreignKey({ name: 'invoice_lines_product_fk', columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id] }),
    foreignKey({ name: 'invoice_lines_deducts_fk', columns: [t.orgId, t.deductsInvoiceId], foreignColumns: [invoices.orgId, invoices.id] }),
    foreignKey({ name: 'invoice_lines_credits_line_fk', columns: [t.orgId, t.creditsLineId], foreignColumns: [t.orgId, t.id] }),
    index('invoice_lines_invoice_idx').on(t.orgId, t.invoiceId, t.position),
    index('invoice_lines_order_line_idx').on(t.orgId, t.orderLineId),
  ],
);

export const invoiceCharges = pgTable(
  'invoice_charges',
  { ...documentChargeColumns(), invoiceId: uuid('invoice_id').notNull(), creditsChargeId: uuid('credits_charge_id') },
  (t) => [
    tenantIsolation(),
    unique('invoice_charges_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'invoice_charges_invoice_fk', columns: [t.orgId, t.invoiceId], foreignColumns: [invoices.orgId, invoices.id] }),
    index('invoice_charges_invoice_idx').on(t.orgId, t.invoiceId, t.position),
  ],
);

export const payments = pgTable(
  'payments',
  {
    ...recordColumns(),
    ...ownerColumn(),
    invoiceId: uuid('invoice_id').notNull(),
    accountId: uuid('account_id').notNull(),
    amount: amount('amount').notNull(),
    currency: text('currency').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    method: paymentMethodEnum('method').notNull(),
    reference: text('reference').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    unique('payments_org_id_id_key').on(t.orgId, t.id),
    ...ownerConstraints('payments', t),
    foreignKey({ name: 'payments_invoice_fk', columns: [t.orgId, t.invoiceId], foreignColumns: [invoices.orgId, invoices.id] }),
    foreignKey({ name: 'payments_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    index('payments_invoice_idx').on(t.orgId, t.invoiceId, t.paidOn),
    index('payments_org_created_idx').on(t.orgId, t.createdAt, t.id),
  ],
);

/** One credit policy per organisation: ordered rules that turn an account's history into a rating and allowed terms. */
export const creditPolicies = pgTable(
  'credit_policies',
  {
    ...recordColumns(),
    rules: jsonb('rules').$type<CreditRule[]>().notNull(),
  },
  (t) => [
    tenantIsolation(),
    unique('credit_policies_org_id_id_key').on(t.orgId, t.id),
    uniqueIndex('credit_policies_org_key').on(t.orgId),
    foreignKey({ name: 'credit_policies_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
  ],
);


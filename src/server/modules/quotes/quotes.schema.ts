import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { paymentTermsEnum, accounts, contacts } from '../accounts/accounts.schema.js';
import { quoteStatuses } from '../../../contracts/quotes.js';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { documentChargeColumns, documentLineColumns, documentTotalColumns, percent } from '../../platform/db/document-columns.js';
import { priceLists, products } from '../catalog/catalog.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';
import { opportunities } from '../opportunities/opportunities.schema.js';

export const quoteStatusEnum = pgEnum('quote_status', quoteStatuses);

export const quotes = pgTable(
  'quotes',
  {
    ...recordColumns(),
    ...ownerColumn(),
    number: text('number').notNull(),
    revision: integer('revision').notNull().default(1),
    previousRevisionId: uuid('previous_revision_id'),
    supersededById: uuid('superseded_by_id'),
    opportunityId: uuid('opportunity_id').notNull(),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id'),
    priceListId: uuid('price_list_id'),
    currency: text('currency').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    paymentTerms: paymentTermsEnum('payment_terms').notNull(),
    deliveryTerms: text('delivery_terms').notNull().default(''),
    discountPercent: percent('discount_percent').notNull().default('0'),
    notes: text('notes').notNull().default(''),
    status: quoteStatusEnum('status').notNull().default('draft'),
    sentAt: tstz('sent_at'),
    decidedAt: tstz('decided_at'),
    rejectionReason: text('rejection_reason').notNull().default(''),
    orderId: uuid('order_id'),
    ...documentTotalColumns(),
  },
  (t) => [
    tenantIsolation(),
    unique('quotes_org_id_id_key').on(t.orgId, t.id),
    unique('quotes_org_number_revision_key').on(t.orgId, t.number, t.revision),
    ...ownerConstraints('quotes', t),
    foreignKey({ name: 'quotes_opportunity_fk', columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id] }),
    foreignKey({ name: 'quotes_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'quotes_contact_fk', columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ name: 'quotes_price_list_fk', columns: [t.orgId, t.priceListId], foreignColumns: [priceLists.orgId, priceLists.id] }),
    foreignKey({ name: 'quotes_previous_revision_fk', columns: [t.orgId, t.previousRevisionId], foreignColumns: [t.orgId, t.id] }),
    index('quotes_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('quotes_opportunity_idx').on(t.orgId, t.opportunityId),
    index('quotes_account_idx').on(t.orgId, t.accountId),
    index('quotes_org_status_idx').on(t.orgId, t.status, t.validUntil),
    check('quotes_discount_check', sql`${t.discountPercent} >= 0 and ${t.discountPercent} <= 100`),
  ],
);

export const quoteLines = pgTable(
  'quote_lines',
  { ...documentLineColumns(), quoteId: uuid('quote_id').notNull() },
  (t) => [
    tenantIsolation(),
    foreignKey({ name: 'quote_lines_quote_fk', columns: [t.orgId, t.quoteId], foreignColumns: [quotes.orgId, quotes.id] }),
    foreignKey({ name: 'quote_lines_product_fk', columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id] }),
    index('quote_lines_quote_idx').on(t.orgId, t.quoteId, t.position),
    index('quote_lines_product_idx').on(t.orgId, t.productId),
  ],
);

export const quoteCharges = pgTable(
  'quote_charges',
  { ...documentChargeColumns(), quoteId: uuid('quote_id').notNull() },
  (t) => [
    tenantIsolation(),
    foreignKey({ name: 'quote_charges_quote_fk', columns: [t.orgId, t.quoteId], foreignColumns: [quotes.orgId, quotes.id] }),
    index('quote_charges_quote_idx').on(t.orgId, t.quoteId, t.position),
  ],
);

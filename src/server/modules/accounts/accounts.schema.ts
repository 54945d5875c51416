import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, numeric, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { accountLifecycles, paymentTerms } from '../../../contracts/accounts.js';
import { recordColumns, tenantIsolation } from '../../platform/db/columns.js';
import { organizations, territories } from '../directory/directory.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';

export const accountLifecycleEnum = pgEnum('account_lifecycle', accountLifecycles);
export const paymentTermsEnum = pgEnum('payment_terms', paymentTerms);

const address = {
  street: text('street').notNull().default(''),
  city: text('city').notNull().default(''),
  region: text('region').notNull().default(''),
  postalCode: text('postal_code').notNull().default(''),
  country: text('country'),
};

export const accounts = pgTable(
  'accounts',
  {
    ...recordColumns(),
    ...ownerColumn(),
    name: text('name').notNull(),
    legalName: text('legal_name').notNull().default(''),
    taxId: text('tax_id').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    website: text('website').notNull().default(''),
    industry: text('industry').notNull().default(''),
    ...address,
    territoryId: uuid('territory_id'),
    lifecycle: accountLifecycleEnum('lifecycle').notNull().default('prospect'),
    paymentTerms: paymentTermsEnum('payment_terms').notNull().default('net_30'),
    creditLimit: numeric('credit_limit', { precision: 20, scale: 4 }),
    currency: text('currency').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    unique('accounts_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'accounts_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ name: 'accounts_territory_fk', columns: [t.orgId, t.territoryId], foreignColumns: [territories.orgId, territories.id] }),
    ...ownerConstraints('accounts', t),
    index('accounts_org_name_idx').on(t.orgId, t.name, t.id),
    index('accounts_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('accounts_org_territory_idx').on(t.orgId, t.territoryId),
    index('accounts_name_lower_idx').on(t.orgId, sql`lower(${t.name})`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    ...recordColumns(),
    ...ownerColumn(),
    accountId: uuid('account_id').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    mobile: text('mobile').notNull().default(''),
    jobTitle: text('job_title').notNull().default(''),
    isPrimary: boolean('is_primary').notNull().default(false),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    unique('contacts_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'contacts_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    ...ownerConstraints('contacts', t),
    index('contacts_account_idx').on(t.orgId, t.accountId),
    index('contacts_org_last_name_idx').on(t.orgId, t.lastName, t.id),
    index('contacts_email_lower_idx').on(t.orgId, sql`lower(${t.email})`),
  ],
);

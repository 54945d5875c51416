import { sql } from 'drizzle-orm';
import { foreignKey, index, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { leadSources, leadStatuses } from '../../../contracts/leads.js';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { accounts, contacts } from '../accounts/accounts.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';
import { opportunities } from '../opportunities/opportunities.schema.js';

export const leadSourceEnum = pgEnum('lead_source', leadSources);
export const leadStatusEnum = pgEnum('lead_status', leadStatuses);

export const leads = pgTable(
  'leads',
  {
    ...recordColumns(),
    ...ownerColumn(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    company: text('company').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    source: leadSourceEnum('source').notNull().default('other'),
    status: leadStatusEnum('status').notNull().default('new'),
    disqualifyReason: text('disqualify_reason'),
    notes: text('notes').notNull().default(''),
    convertedAt: tstz('converted_at'),
    convertedAccountId: uuid('converted_account_id'),
    convertedContactId: uuid('converted_contact_id'),
    convertedOpportunityId: uuid('converted_opportunity_id'),
  },
  (t) => [
    tenantIsolation(),
    unique('leads_org_id_id_key').on(t.orgId, t.id),
    ...ownerConstraints('leads', t),
    foreignKey({ name: 'leads_account_fk', columns: [t.orgId, t.convertedAccountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'leads_contact_fk', columns: [t.orgId, t.convertedContactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ name: 'leads_opportunity_fk', columns: [t.orgId, t.convertedOpportunityId], foreignColumns: [opportunities.orgId, opportunities.id] }),
    index('leads_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('leads_org_status_idx').on(t.orgId, t.status, t.createdAt),
    index('leads_email_lower_idx').on(t.orgId, sql`lower(${t.email})`),
    index('leads_company_lower_idx').on(t.orgId, sql`lower(${t.company})`),
  ],
);

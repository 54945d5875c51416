import { sql } from 'drizzle-orm';
import { integer, pgPolicy, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { currentOrgId } from '../db/columns.js';

/**
 * The last number given per organisation, series and year. Numbers are taken by incrementing the row inside
 * the caller's transaction, so a rolled-back document gives its number back: the series stays gapless.
 */
export const documentSequences = pgTable(
  'document_sequences',
  {
    orgId: uuid('org_id').notNull(),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'document_sequences_pkey', columns: [t.orgId, t.series, t.year] }),
    pgPolicy('tenant_isolation', { as: 'permissive', for: 'all', using: sql`org_id = ${currentOrgId}`, withCheck: sql`org_id = ${currentOrgId}` }),
  ],
);

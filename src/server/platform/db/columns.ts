import { sql } from 'drizzle-orm';
import { integer, pgPolicy, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The tenant of the current transaction, set by withTenant(); NULL outside one, so nothing matches. */
export const currentOrgId = sql`nullif(current_setting('app.org_id', true), '')::uuid`;

export const tenantIsolation = () =>
  pgPolicy('tenant_isolation', {
    as: 'permissive',
    for: 'all',
    using: sql`org_id = ${currentOrgId}`,
    withCheck: sql`org_id = ${currentOrgId}`,
  });

/** Millisecond precision, like a JavaScript Date, so a timestamp read back compares equal (keyset cursors rely on it). */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

export const timestamps = {
  createdAt: tstz('created_at').notNull().defaultNow(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
};

/** Columns every business table carries: identity, tenant, optimistic version, audit stamps, archive. */
export const recordColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull(),
  version: integer('version').notNull().default(1),
  ...timestamps,
  createdBy: uuid('created_by'),
  archivedAt: tstz('archived_at'),
});

import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation, tstz } from '../db/columns.js';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** Append-only: a trigger in the migrations rejects UPDATE, DELETE and TRUNCATE for every role. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    occurredAt: tstz('occurred_at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    apiKeyId: uuid('api_key_id'),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<FieldChanges>().notNull().default({}),
    requestId: text('request_id'),
  },
  (t) => [
    tenantIsolation(),
    index('audit_events_entity_idx').on(t.orgId, t.entityType, t.entityId, t.occurredAt),
    index('audit_events_org_time_idx').on(t.orgId, t.occurredAt),
    index('audit_events_actor_idx').on(t.orgId, t.actorUserId, t.occurredAt),
  ],
);

import { foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation, tstz } from '../../platform/db/columns.js';
import { users } from '../directory/directory.schema.js';

/** Server-side sessions: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    lastSeenAt: tstz('last_seen_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    tenantIsolation(),
    index('sessions_user_idx').on(t.orgId, t.userId),
    foreignKey({ name: 'sessions_user_fk', columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** API keys act as a user; only a SHA-256 of the (high-entropy, random) key is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    lastUsedAt: tstz('last_used_at'),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [
    tenantIsolation(),
    index('api_keys_org_idx').on(t.orgId, t.createdAt),
    foreignKey({ name: 'api_keys_user_fk', columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

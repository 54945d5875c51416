import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { accounts } from '../accounts/accounts.schema.js';
import { users } from '../directory/directory.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';
import { relatedTypeEnum } from './tasks.schema.js';

/** A saved view of the task explorer: its filters and sort as the tasks list query takes them, private or shared with the organisation. */
export const taskViews = pgTable(
  'task_views',
  {
    ...recordColumns(),
    ...ownerColumn(),
    name: text('name').notNull(),
    /** filter name → value as in `filter[name]=value`. */
    filters: jsonb('filters').$type<Record<string, string>>().notNull().default({}),
    sort: text('sort').notNull(),
    q: text('q'),
    shared: boolean('shared').notNull().default(false),
  },
  (t) => [
    tenantIsolation(),
    unique('task_views_org_id_id_key').on(t.orgId, t.id),
    ...ownerConstraints('task_views', t),
    // Named for the error mapping: a duplicate answers 409 on `name` (names are unique per owner).
    uniqueIndex('task_views_org_name_key').on(t.orgId, t.ownerId, sql`lower(${t.name})`).where(sql`archived_at is null`),
    index('task_views_shared_idx').on(t.orgId, t.shared),
  ],
);

/** A note on a record; its author is created_by. The account is copied so an account's diary finds its records' notes. */
export const notes = pgTable(
  'notes',
  {
    ...recordColumns(),
    relatedType: relatedTypeEnum('related_type').notNull(),
    // Polymorphic like tasks: the record's module checked it exists and is visible when the note was written.
    relatedId: uuid('related_id').notNull(),
    accountId: uuid('account_id'),
    body: text('body').notNull(),
  },
  (t) => [
    tenantIsolation(),
    unique('notes_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'notes_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'notes_author_fk', columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
    index('notes_related_idx').on(t.orgId, t.relatedType, t.relatedId, t.createdAt),
    index('notes_author_idx').on(t.orgId, t.createdBy, t.createdAt, t.id),
    index('notes_account_idx').on(t.orgId, t.accountId, t.createdAt),
  ],
);

/**
 * A user's secret iCalendar feed: only the SHA-256 of its token is kept. Rotating replaces the hash
 * (the old URL stops working); revoking sets revoked_at. One feed per user.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    rotatedAt: tstz('rotated_at').notNull().defaultNow(),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [
    tenantIsolation(),
    uniqueIndex('calendar_feeds_user_key').on(t.orgId, t.userId),
    foreignKey({ name: 'calendar_feeds_user_fk', columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

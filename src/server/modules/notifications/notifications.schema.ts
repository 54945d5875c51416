import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { notificationKinds } from '../../../contracts/notifications.js';
import { tenantIsolation, tstz } from '../../platform/db/columns.js';
import { users } from '../directory/directory.schema.js';

export const notificationKindEnum = pgEnum('notification_kind', notificationKinds);

/**
 * What a user is told in the app. Written in the transaction of the event it reports (or, for dates
 * reached, when its recipient next looks); a notification is personal state, not a business record.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    kind: notificationKindEnum('kind').notNull(),
    /** The record it is about, named like the audit trail does (entity type = API resource). */
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The record's title when it happened (e.g. the task's subject). */
    title: text('title').notNull(),
    /** Who caused it; null when a date was reached. */
    actorId: uuid('actor_id'),
    /** The date a next_action_due notification is for. */
    dueOn: date('due_on', { mode: 'string' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    readAt: tstz('read_at'),
  },
  (t) => [
    tenantIsolation(),
    foreignKey({ name: 'notifications_recipient_fk', columns: [t.orgId, t.recipientId], foreignColumns: [users.orgId, users.id] }),
    index('notifications_recipient_idx').on(t.orgId, t.recipientId, t.createdAt),
    index('notifications_unread_idx').on(t.orgId, t.recipientId).where(sql`read_at is null`),
    // "Next action date reached" is materialised on read: once per recipient, record and date.
    uniqueIndex('notifications_due_key').on(t.orgId, t.recipientId, t.entityId, t.dueOn).where(sql`kind = 'next_action_due'`),
  ],
);

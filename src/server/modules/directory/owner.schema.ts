import { foreignKey, index, uuid, type PgColumn } from 'drizzle-orm/pg-core';
import { users } from './directory.schema.js';

/** Owned records (accounts, leads, deals, …) have an owner: the visibility rules turn on it. */
export const ownerColumn = () => ({ ownerId: uuid('owner_id').notNull() });

export function ownerConstraints(table: string, t: { orgId: PgColumn; ownerId: PgColumn; createdAt: PgColumn }) {
  return [
    foreignKey({ name: `${table}_owner_fk`, columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
    index(`${table}_owner_idx`).on(t.orgId, t.ownerId, t.createdAt),
  ];
}

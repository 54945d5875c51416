import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { AuditEvent } from '../../../contracts/audit.js';
import type { Tx } from '../db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../http/collection.js';
import { auditEvents } from './audit.schema.js';

export type AuditFilters = { entityType: string; entityId: string; action: string; actorUserId: string; from: string; to: string };

export const auditList: KeysetSpec<AuditFilters> = {
  id: auditEvents.id,
  sortable: { occurredAt: auditEvents.occurredAt },
  filters: {
    entityType: (v) => eq(auditEvents.entityType, v),
    entityId: (v) => eq(auditEvents.entityId, v),
    action: (v) => eq(auditEvents.action, v),
    actorUserId: (v) => eq(auditEvents.actorUserId, v),
    from: (v) => gte(auditEvents.occurredAt, new Date(v)),
    to: (v) => lt(auditEvents.occurredAt, new Date(v)),
  },
};

export async function listAuditEvents(tx: Tx, params: ListParams<AuditFilters>): Promise<{ data: AuditEvent[]; nextCursor: string | null }> {
  const q = keysetQuery(auditList, params);
  const rows = await tx
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorUserId: auditEvents.actorUserId,
      // Users are the directory module's table; the audit trail only borrows the display name.
      actorName: sql<string | null>`(select u.name from users u where u.id = ${auditEvents.actorUserId})`,
      apiKeyId: auditEvents.apiKeyId,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      action: auditEvents.action,
      changes: auditEvents.changes,
      requestId: auditEvents.requestId,
    })
    .from(auditEvents)
    .where(and(q.where))
    .orderBy(...q.orderBy)
    .limit(q.limit);
  const page = keysetPage(rows, auditList, params);
  return { data: page.data.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })), nextCursor: page.nextCursor };
}

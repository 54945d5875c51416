import { sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import type { Tx } from '../db/tenant.js';
import { auditEvents, type FieldChanges } from './audit.schema.js';
import { diffRecords } from './diff.js';

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts of a transition (e.g. the stage moved to); merged over the field diff. */
  changes?: FieldChanges;
};

/** Writes the audit row in the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, actor: Pick<Actor, 'orgId' | 'userId' | 'apiKeyId' | 'requestId'> | SystemActor, entry: AuditEntry): Promise<void> {
  const changes = { ...diffRecords(entry.before ?? null, entry.after ?? null), ...entry.changes };
  // A change that changed nothing is not an event.
  if (entry.action === 'update' && Object.keys(changes).length === 0) return;
  await tx.insert(auditEvents).values({
    orgId: actor.orgId,
    actorUserId: actor.userId,
    apiKeyId: actor.apiKeyId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes,
    requestId: actor.requestId,
    // The time of the write, not of the transaction's start (now()): one command that changes several
    // records (accepting a quote creates the order, wins the deal) keeps its events in order.
    occurredAt: sql`clock_timestamp()`,
  });
}

/** Changes made by Ciclo itself (first start, demo data, scheduled jobs) carry no user. */
export type SystemActor = { orgId: string; userId: null; apiKeyId: null; requestId: string | null };

export const systemActor = (orgId: string, requestId: string | null = null): SystemActor => ({ orgId, userId: null, apiKeyId: null, requestId });

import { z } from 'zod';
import { isoDateTime, uuid } from './common.js';

export const auditActions = ['create', 'update', 'archive', 'transition', 'revoke', 'login', 'logout'] as const;

export const fieldChange = z.object({ before: z.unknown(), after: z.unknown() });

export const auditEvent = z.object({
  id: uuid,
  occurredAt: isoDateTime,
  actorUserId: uuid.nullable(),
  actorName: z.string().nullable(),
  apiKeyId: uuid.nullable(),
  entityType: z.string(),
  entityId: uuid,
  action: z.string(),
  changes: z.record(z.string(), fieldChange),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

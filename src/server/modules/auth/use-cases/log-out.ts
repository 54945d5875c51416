import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { deleteSession } from '../auth.repository.js';

export async function logOut(ctx: Ctx): Promise<void> {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) return;
  await deleteSession(ctx.tx, sessionId);
  await recordAudit(ctx.tx, ctx.actor, {
    entityType: 'users',
    entityId: ctx.actor.userId,
    action: 'logout',
    changes: { session: { before: sessionId, after: null } },
  });
}

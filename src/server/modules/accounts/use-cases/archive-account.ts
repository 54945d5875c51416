import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findAccount, updateAccount } from '../accounts.repository.js';
import { auditableAccount } from '../dto.js';

/** Archives an account; its contacts stay as they are (they still belong to it and keep their history). */
export async function archiveAccount(ctx: Ctx, id: string): Promise<void> {
  const before = await findAccount(ctx.tx, ctx.actor, id, { lock: 'update' });
  if (!before) throw notFound('Account');
  if (before.archivedAt) return;
  const after = await updateAccount(ctx.tx, ctx.actor, id, { archivedAt: ctx.clock.now() });
  if (!after) throw notFound('Account');
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'accounts', entityId: id, action: 'archive', before: auditableAccount(before), after: auditableAccount(after) });
}

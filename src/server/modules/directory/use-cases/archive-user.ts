import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditable } from '../dto.js';
import { countOtherActiveAdmins, findUser, lockAdminChanges, updateUser } from '../users.repository.js';

/** Archiving a user signs them out everywhere: sessions and API keys stop resolving to an archived user. */
export async function archiveUser(ctx: Ctx, id: string): Promise<void> {
  await lockAdminChanges(ctx.tx);
  const before = await findUser(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('User');
  if (before.archivedAt) return;
  if (id === ctx.actor.userId) throw new AppError('conflict', 'You cannot archive yourself.');
  if (before.role === 'admin' && (await countOtherActiveAdmins(ctx.tx, id)) === 0) {
    throw new AppError('conflict', 'The organisation must keep at least one admin.');
  }
  const after = await updateUser(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'users', entityId: id, action: 'archive', before: auditable(before), after: auditable(after) });
}

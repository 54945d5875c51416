import type { Locale } from '../../../../contracts/common.js';
import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditable } from '../dto.js';
import { findUser, updateUser } from '../users.repository.js';

/** What a user may change of their own record: their display name and language. */
export async function updateProfile(ctx: Ctx, input: { name?: string; locale?: Locale }): Promise<void> {
  const before = await findUser(ctx.tx, ctx.actor.userId, { forUpdate: true });
  if (!before) throw notFound('User');
  const after = await updateUser(ctx.tx, before.id, input);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'users', entityId: before.id, action: 'update', before: auditable(before), after: auditable(after) });
}

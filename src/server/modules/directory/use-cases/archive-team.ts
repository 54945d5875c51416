import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditable } from '../dto.js';
import { findTeam, updateTeam } from '../teams.repository.js';

export async function archiveTeam(ctx: Ctx, id: string): Promise<void> {
  const before = await findTeam(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Team');
  if (before.archivedAt) return;
  if (before.memberCount > 0) {
    throw new AppError('conflict', `The team still has ${before.memberCount} active member(s); move them to another team first.`);
  }
  const after = await updateTeam(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'teams', entityId: id, action: 'archive', before: auditable(before), after: auditable(after) });
}

import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditable } from '../dto.js';
import { findTerritory, updateTerritory } from '../territories.repository.js';

export async function archiveTerritory(ctx: Ctx, id: string): Promise<void> {
  const before = await findTerritory(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Territory');
  if (before.archivedAt) return;
  const after = await updateTerritory(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'territories', entityId: id, action: 'archive', before: auditable(before), after: auditable(after) });
}

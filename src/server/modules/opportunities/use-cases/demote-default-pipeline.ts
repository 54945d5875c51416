import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { clearDefaultPipeline } from '../pipelines.repository.js';

/** One default pipeline per organisation: the current default gives the role up, on record. */
export async function demoteDefaultPipeline(ctx: Ctx): Promise<void> {
  for (const previous of await clearDefaultPipeline(ctx.tx)) {
    await recordAudit(ctx.tx, ctx.actor, { entityType: 'pipelines', entityId: previous, action: 'update', changes: { isDefault: { before: true, after: false } } });
  }
}

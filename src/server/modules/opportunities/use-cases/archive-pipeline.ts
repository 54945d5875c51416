import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { countOpenInStages } from '../opportunities.repository.js';
import { findPipeline, updatePipelineRow } from '../pipelines.repository.js';

export async function archivePipeline(ctx: Ctx, id: string): Promise<void> {
  const before = await findPipeline(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Pipeline');
  if (before.archivedAt) return;
  if (before.isDefault) throw new AppError('conflict', 'The default pipeline cannot be archived; make another one the default first.');
  if ((await countOpenInStages(ctx.tx, before.stages.map((s) => s.id))) > 0) {
    throw new AppError('conflict', 'The pipeline still has opportunities; move or archive them first.');
  }
  const at = ctx.clock.now();
  await updatePipelineRow(ctx.tx, id, { archivedAt: at });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'pipelines', entityId: id, action: 'archive', changes: { archivedAt: { before: null, after: at.toISOString() } } });
}

import type { UpdatePipelineBody } from '../../../../contracts/opportunities.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditablePipeline, pipelineDto } from '../dto.js';
import { findPipeline, updatePipelineRow } from '../pipelines.repository.js';
import { demoteDefaultPipeline } from './demote-default-pipeline.js';
import { saveStages } from './save-stages.js';

export async function updatePipeline(ctx: Ctx, id: string, input: UpdatePipelineBody, expectedVersion?: number) {
  const before = await findPipeline(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Pipeline');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The pipeline is archived; archived records cannot be changed.');
  if (input.isDefault === false && before.isDefault) {
    throw new AppError('conflict', 'Make another pipeline the default instead.', { errors: [{ path: 'isDefault', message: 'there must be a default pipeline' }] });
  }
  if (input.stages) await saveStages(ctx, before, input.stages);
  const becomesDefault = input.isDefault === true && !before.isDefault;
  if (becomesDefault) await demoteDefaultPipeline(ctx);
  await updatePipelineRow(ctx.tx, id, { ...(input.name === undefined ? {} : { name: input.name }), ...(becomesDefault ? { isDefault: true } : {}) });
  const after = (await findPipeline(ctx.tx, id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'pipelines', entityId: id, action: 'update', before: auditablePipeline(before), after: auditablePipeline(after) });
  return pipelineDto(after);
}

import type { CreatePipelineBody } from '../../../../contracts/opportunities.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditablePipeline, pipelineDto } from '../dto.js';
import { findDefaultPipeline, findPipeline, insertPipeline } from '../pipelines.repository.js';
import { demoteDefaultPipeline } from './demote-default-pipeline.js';
import { saveStages } from './save-stages.js';

export async function createPipeline(ctx: Ctx, input: CreatePipelineBody) {
  // The first pipeline of an organisation is its default.
  const isDefault = input.isDefault === true || !(await findDefaultPipeline(ctx.tx));
  if (isDefault) await demoteDefaultPipeline(ctx);
  const row = await insertPipeline(ctx.tx, { orgId: ctx.actor.orgId, name: input.name, isDefault, createdBy: ctx.actor.userId });
  await saveStages(ctx, { id: row.id, stages: [] }, input.stages);
  const after = (await findPipeline(ctx.tx, row.id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'pipelines', entityId: row.id, action: 'create', after: auditablePipeline(after) });
  return pipelineDto(after);
}

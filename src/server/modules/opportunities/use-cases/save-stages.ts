import type { CreatePipelineBody } from '../../../../contracts/opportunities.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { countOpenInStages } from '../opportunities.repository.js';
import { insertStage, updateStage, type PipelineWithStages } from '../pipelines.repository.js';

/**
 * Makes the pipeline's stages exactly the given ordered list: named existing stages are updated and
 * reordered, new ones added, the rest archived — refused while deals still sit in them.
 */
export async function saveStages(ctx: Ctx, pipeline: Pick<PipelineWithStages, 'id' | 'stages'>, stages: CreatePipelineBody['stages']): Promise<void> {
  const current = new Map(pipeline.stages.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const [index, stage] of stages.entries()) {
    const path = `stages.${index}.id`;
    if (stage.id && !current.has(stage.id)) throw new AppError('validation', `${path}: not a stage of this pipeline`, { errors: [{ path, message: 'not a stage of this pipeline' }] });
    if (stage.id && seen.has(stage.id)) throw new AppError('validation', `${path}: this stage is listed twice`, { errors: [{ path, message: 'listed twice' }] });
    if (stage.id) seen.add(stage.id);
  }
  const kept = new Set(stages.map((s) => s.id).filter(Boolean));
  const removed = pipeline.stages.filter((s) => !kept.has(s.id));
  if ((await countOpenInStages(ctx.tx, removed.map((s) => s.id))) > 0) {
    throw new AppError('conflict', `Move the opportunities out of ${removed.map((s) => `"${s.name}"`).join(', ')} before removing it.`, {
      errors: [{ path: 'stages', message: 'a removed stage still has opportunities' }],
    });
  }
  for (const stage of removed) await updateStage(ctx.tx, stage.id, { archivedAt: ctx.clock.now() });
  for (const [index, stage] of stages.entries()) {
    const values = { name: stage.name, probability: stage.probability, inactivityDays: stage.inactivityDays ?? null, position: index + 1 };
    if (stage.id) await updateStage(ctx.tx, stage.id, values);
    else await insertStage(ctx.tx, { ...values, orgId: ctx.actor.orgId, pipelineId: pipeline.id, createdBy: ctx.actor.userId });
  }
}

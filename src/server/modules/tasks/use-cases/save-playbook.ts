import type { PlaybookStep, SavePlaybookBody } from '../../../../contracts/opportunities.js';
import { AppError, invalidField, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { listPipelines } from '../../opportunities/index.js';
import { activeStepRowsOf, insertStep, stepsOfStages, updateStep } from '../playbook.repository.js';
import { activeTaskType } from './references.js';

type Stage = { id: string; name: string };

/** Stage by stage in the pipeline's order, each stage's steps in theirs. */
function inStageOrder(stages: Stage[], steps: PlaybookStep[]): PlaybookStep[] {
  return stages.flatMap((stage) => steps.filter((s) => s.stageId === stage.id));
}

function describe(stages: Stage[], steps: PlaybookStep[]): string[] {
  return inStageOrder(stages, steps).map((s) => `${stages.find((stage) => stage.id === s.stageId)!.name}: ${s.name}${s.required ? ' (required)' : ''}`);
}

async function validate(ctx: Ctx, stages: Stage[], input: SavePlaybookBody): Promise<void> {
  const named = new Set<string>();
  for (const [i, entry] of input.stages.entries()) {
    const path = `stages.${i}.stageId`;
    if (!stages.some((s) => s.id === entry.stageId)) throw invalidField(path, 'not a stage of this pipeline');
    if (named.has(entry.stageId)) throw invalidField(path, 'the stage is named twice');
    named.add(entry.stageId);
    const types = new Set<string>();
    for (const [j, step] of entry.steps.entries()) {
      const stepPath = `stages.${i}.steps.${j}.taskTypeId`;
      await activeTaskType(ctx, step.taskTypeId, stepPath);
      if (types.has(step.taskTypeId)) throw invalidField(stepPath, 'already a step of this stage');
      types.add(step.taskTypeId);
    }
  }
}

/**
 * Gives the stages named exactly these steps in this order (stages left out keep theirs). A step
 * that stays keeps its identity; a step left out is archived. Recorded on the pipeline's trail.
 */
export async function savePlaybook(ctx: Ctx, pipelineId: string, input: SavePlaybookBody): Promise<PlaybookStep[]> {
  const pipeline = (await listPipelines(ctx.tx, true)).find((p) => p.id === pipelineId);
  if (!pipeline) throw notFound('Pipeline');
  if (pipeline.archivedAt) throw new AppError('invalid_state', 'The pipeline is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  const stages = pipeline.stages;
  await validate(ctx, stages, input);
  const before = await stepsOfStages(ctx.tx, stages.map((s) => s.id));
  const now = ctx.clock.now();
  for (const entry of input.stages) {
    const existing = await activeStepRowsOf(ctx.tx, entry.stageId);
    for (const [j, step] of entry.steps.entries()) {
      const found = existing.find((r) => r.taskTypeId === step.taskTypeId);
      if (!found) {
        await insertStep(ctx.tx, { orgId: ctx.actor.orgId, stageId: entry.stageId, taskTypeId: step.taskTypeId, position: j + 1, required: step.required, createdBy: ctx.actor.userId });
      } else if (found.position !== j + 1 || found.required !== step.required) {
        await updateStep(ctx.tx, found.id, { position: j + 1, required: step.required });
      }
    }
    for (const row of existing.filter((r) => !entry.steps.some((s) => s.taskTypeId === r.taskTypeId))) await updateStep(ctx.tx, row.id, { archivedAt: now });
  }
  const after = await stepsOfStages(ctx.tx, stages.map((s) => s.id));
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'pipelines', entityId: pipelineId, action: 'update', before: { playbook: describe(stages, before) }, after: { playbook: describe(stages, after) } });
  return inStageOrder(stages, after);
}

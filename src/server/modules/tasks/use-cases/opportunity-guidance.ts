import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findVisibleOpportunity } from '../../opportunities/index.js';
import { stepsOfStages } from '../playbook.repository.js';
import { tasksOfTypesOn } from '../tasks.repository.js';

/** What the playbook asks of a deal in its current stage: each step with the deal's latest task of its type, if any. */
export async function opportunityGuidance(ctx: Ctx, opportunityId: string) {
  const deal = await findVisibleOpportunity(ctx, opportunityId);
  if (!deal) throw notFound('Opportunity');
  const steps = await stepsOfStages(ctx.tx, [deal.stageId]);
  const tasks = await tasksOfTypesOn(ctx.tx, deal.id, steps.map((s) => s.taskTypeId));
  return {
    stageId: deal.stageId,
    steps: steps.map((step) => {
      const mine = tasks.filter((t) => t.taskTypeId === step.taskTypeId);
      const latest = mine.find((t) => t.status === 'done') ?? mine[mine.length - 1];
      return { ...step, taskId: latest?.id ?? null, taskStatus: latest?.status ?? null, done: latest?.status === 'done' };
    }),
  };
}

import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findOpportunity, type OpportunityRow } from '../opportunities.repository.js';
import { findLostReason, findStage } from '../pipelines.repository.js';

/** The opportunity if the actor may see it, locked for the command; 404 otherwise. */
export async function loadOpportunity(ctx: Ctx, id: string): Promise<OpportunityRow> {
  const row = await findOpportunity(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Opportunity');
  if (row.archivedAt) throw new AppError('invalid_state', 'The opportunity is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return row;
}

export async function reloadOpportunity(ctx: Ctx, id: string): Promise<OpportunityRow> {
  return (await findOpportunity(ctx.tx, ctx.actor, id))!;
}

export async function activeStageOf(ctx: Ctx, pipelineId: string, stageId: string, path = 'stageId') {
  const stage = await findStage(ctx.tx, stageId);
  if (!stage || stage.archivedAt || stage.pipelineId !== pipelineId) {
    throw new AppError('validation', `${path}: not a stage of the opportunity's pipeline`, { errors: [{ path, message: "not a stage of the opportunity's pipeline" }] });
  }
  return stage;
}

export async function activeLostReason(ctx: Ctx, id: string) {
  const reason = await findLostReason(ctx.tx, id);
  if (!reason || reason.archivedAt) throw new AppError('validation', 'lostReasonId: no such lost reason', { errors: [{ path: 'lostReasonId', message: 'no such lost reason' }] });
  return reason;
}

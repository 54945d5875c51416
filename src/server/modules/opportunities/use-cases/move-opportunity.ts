import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertOpen } from '../domain/opportunity-rules.js';
import { opportunityDto } from '../dto.js';
import { noPlaybook, type StagePlaybook } from '../stage-playbook.js';
import { closeStageVisit, openStageVisit, updateOpportunityRow } from '../opportunities.repository.js';
import { activeStageOf, loadOpportunity, reloadOpportunity } from './load.js';

/**
 * Moves an open deal to another stage of its pipeline; the stay in the old stage ends now, on record.
 * The playbook gates it (the stage's required steps must be done first) and creates the new stage's tasks.
 */
export async function moveOpportunity(ctx: Ctx, id: string, stageId: string, expectedVersion?: number, playbook: StagePlaybook = noPlaybook) {
  const before = await loadOpportunity(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertOpen(before.status, 'move');
  const now = ctx.clock.now();
  if (before.stageId === stageId) return opportunityDto(before, now);
  const stage = await activeStageOf(ctx, before.pipelineId, stageId);
  const missing = await playbook.missingSteps(ctx, id, before.stageId);
  if (missing.length > 0) {
    throw new AppError('conflict', `The stage's required steps are not done: ${missing.map((m) => m.name).join(', ')}.`, { extra: { missingSteps: missing } });
  }
  await closeStageVisit(ctx.tx, id, now, ctx.actor.userId);
  await openStageVisit(ctx.tx, { orgId: ctx.actor.orgId, opportunityId: id, stageId, enteredAt: now, enteredBy: ctx.actor.userId });
  await updateOpportunityRow(ctx.tx, id, { stageId, probability: stage.probability, stageEnteredAt: now, lastActivityAt: now });
  await playbook.enterStage(ctx, { id, accountId: before.accountId, ownerId: before.ownerId }, stage);
  const after = await reloadOpportunity(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, {
    entityType: 'opportunities',
    entityId: id,
    action: 'transition',
    changes: { stageId: { before: before.stageId, after: stageId }, probability: { before: before.probability, after: after.probability } },
  });
  return opportunityDto(after, now);
}

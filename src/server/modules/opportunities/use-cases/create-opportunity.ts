import type { CreateOpportunityBody } from '../../../../contracts/opportunities.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { findVisibleAccount, findVisibleContact } from '../../accounts/index.js';
import { auditableOpportunity, opportunityDto } from '../dto.js';
import { insertOpportunity, openStageVisit } from '../opportunities.repository.js';
import { findDefaultPipeline, findPipeline } from '../pipelines.repository.js';
import { noPlaybook, type StagePlaybook } from '../stage-playbook.js';
import { reloadOpportunity } from './load.js';

const invalid = (path: string, message: string) => new AppError('validation', `${path}: ${message}`, { errors: [{ path, message }] });

/**
 * A new deal for a visible account: in the given pipeline (default: the organisation's default) and
 * stage (default: its first), with the stage's probability unless one is given. The first stage
 * visit starts now, and the stage's playbook tasks are created as when a deal moves into it.
 */
export async function createOpportunity(ctx: Ctx, input: CreateOpportunityBody & { sourceLeadId?: string }, playbook: StagePlaybook = noPlaybook) {
  const account = await findVisibleAccount(ctx, input.accountId);
  if (!account || account.archivedAt) throw invalid('accountId', 'no such account');
  if (input.contactId) {
    const contact = await findVisibleContact(ctx, input.contactId);
    if (!contact || contact.accountId !== account.id) throw invalid('contactId', 'not a contact of this account');
  }
  const pipeline = input.pipelineId ? await findPipeline(ctx.tx, input.pipelineId) : await findDefaultPipeline(ctx.tx);
  if (!pipeline || pipeline.archivedAt) throw invalid('pipelineId', input.pipelineId ? 'no such pipeline' : 'the organisation has no default pipeline');
  const stage = input.stageId ? pipeline.stages.find((s) => s.id === input.stageId) : pipeline.stages[0];
  if (!stage) throw invalid('stageId', 'not a stage of the pipeline');
  const ownerId = await assertAssignableOwner(ctx, input.ownerId, 'sales');
  const now = ctx.clock.now();
  const id = await insertOpportunity(ctx.tx, {
    orgId: ctx.actor.orgId,
    ownerId,
    name: input.name,
    accountId: account.id,
    contactId: input.contactId ?? null,
    pipelineId: pipeline.id,
    stageId: stage.id,
    amount: input.amount?.amount ?? '0',
    currency: input.amount?.currency ?? account.currency,
    probability: input.probability ?? stage.probability,
    expectedCloseDate: input.expectedCloseDate ?? null,
    forecastCategory: input.forecastCategory ?? 'pipeline',
    sourceLeadId: input.sourceLeadId ?? null,
    stageEnteredAt: now,
    lastActivityAt: now,
    createdBy: ctx.actor.userId,
  });
  await openStageVisit(ctx.tx, { orgId: ctx.actor.orgId, opportunityId: id, stageId: stage.id, enteredAt: now, enteredBy: ctx.actor.userId });
  await playbook.enterStage(ctx, { id, accountId: account.id, ownerId }, stage);
  const row = await reloadOpportunity(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'opportunities', entityId: id, action: 'create', after: auditableOpportunity(row) });
  return opportunityDto(row, now);
}

import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { markAccountCustomer } from '../../accounts/index.js';
import { assertOpen, closingValues } from '../domain/opportunity-rules.js';
import { auditableOpportunity, opportunityDto } from '../dto.js';
import { closeStageVisit, updateOpportunityRow } from '../opportunities.repository.js';
import { activeLostReason, loadOpportunity, reloadOpportunity } from './load.js';

type Outcome = { outcome: 'won' } | { outcome: 'lost'; lostReasonId: string; note?: string | undefined };

/** Wins or loses an open deal. Winning makes its account a customer; losing needs a reason. */
export async function closeOpportunity(ctx: Ctx, id: string, result: Outcome, expectedVersion?: number) {
  const before = await loadOpportunity(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertOpen(before.status, result.outcome === 'won' ? 'be won' : 'be lost');
  if (result.outcome === 'lost') await activeLostReason(ctx, result.lostReasonId);
  const now = ctx.clock.now();
  await closeStageVisit(ctx.tx, id, now, ctx.actor.userId);
  await updateOpportunityRow(ctx.tx, id, {
    status: result.outcome,
    closedAt: now,
    lastActivityAt: now,
    ...closingValues(result.outcome),
    ...(result.outcome === 'lost' ? { lostReasonId: result.lostReasonId, lostNote: result.note ?? '' } : {}),
  });
  if (result.outcome === 'won') await markAccountCustomer(ctx, before.accountId);
  const after = await reloadOpportunity(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'opportunities', entityId: id, action: 'transition', before: auditableOpportunity(before), after: auditableOpportunity(after) });
  return opportunityDto(after, now);
}

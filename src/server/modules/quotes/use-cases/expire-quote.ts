import type { Ctx } from '../../../platform/context.js';
import { recordAudit, systemActor } from '../../../platform/audit/record-audit.js';
import { lapsedAt } from '../domain/quote-rules.js';
import { markLapsed } from '../quotes.repository.js';
import { todayOf } from './load.js';
import { transitionQuote } from './transition.js';

/** Withdraws a sent quote before its validity ends. */
export function expireQuote(ctx: Ctx, id: string, expectedVersion?: number) {
  return transitionQuote(ctx, id, 'expire', expectedVersion, () => ({ status: 'expired', decidedAt: ctx.clock.now() }));
}

/**
 * Writes down that a sent quote has lapsed, if it has (no job runner does it yet): commands settle
 * this in a transaction of their own first, so the expiry stays on record even when they are refused.
 * The audit row is Ciclo's, not the caller's: time expired it.
 */
export async function settleExpiry(ctx: Ctx, id: string): Promise<void> {
  const lapsed = await markLapsed(ctx.tx, ctx.actor, id, todayOf(ctx), lapsedAt);
  if (!lapsed) return;
  await recordAudit(ctx.tx, systemActor(ctx.actor.orgId, ctx.actor.requestId), {
    entityType: 'quotes',
    entityId: id,
    action: 'transition',
    changes: { status: { before: 'sent', after: 'expired' }, decidedAt: { before: null, after: lapsedAt(lapsed.validUntil).toISOString() } },
  });
}

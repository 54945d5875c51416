import type { Ctx } from '../../../platform/context.js';
import { transitionQuote } from './transition.js';

/** The customer said no to a sent quote; revising it starts the next round. */
export function rejectQuote(ctx: Ctx, id: string, reason: string | undefined, expectedVersion?: number) {
  return transitionQuote(ctx, id, 'reject', expectedVersion, () => ({ status: 'rejected', decidedAt: ctx.clock.now(), rejectionReason: reason ?? '' }));
}

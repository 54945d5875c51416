import { invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { todayOf } from './load.js';
import { transitionQuote } from './transition.js';

/** Sends a draft to the customer: it needs lines, and a validity that has not already passed. */
export function sendQuote(ctx: Ctx, id: string, expectedVersion?: number) {
  return transitionQuote(ctx, id, 'send', expectedVersion, (quote) => {
    if (quote.lines.length === 0) throw invalidField('lines', 'a quote without lines cannot be sent');
    if (quote.validUntil < todayOf(ctx)) throw invalidField('validUntil', 'the validity has already passed; change it before sending');
    return { status: 'sent', sentAt: ctx.clock.now() };
  });
}

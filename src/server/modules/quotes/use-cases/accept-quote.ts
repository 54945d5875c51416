import type { Ctx } from '../../../platform/context.js';
import { closeOpportunity, findVisibleOpportunity } from '../../opportunities/index.js';
import { createOrderFromQuote } from '../../orders/index.js';
import { transitionQuote } from './transition.js';

/**
 * The customer accepted a sent, still valid quote: it becomes a pending order (lines copied) and the
 * opportunity, if still open, is won.
 */
export async function acceptQuote(ctx: Ctx, id: string, expectedVersion?: number) {
  const accepted = await transitionQuote(ctx, id, 'accept', expectedVersion, async (quote) => {
    const order = await createOrderFromQuote(ctx, {
      quoteId: quote.id,
      opportunityId: quote.opportunityId,
      accountId: quote.accountId,
      contactId: quote.contactId,
      ownerId: quote.ownerId,
      currency: quote.currency,
      paymentTerms: quote.paymentTerms,
      deliveryTerms: quote.deliveryTerms,
      discountPercent: quote.discountPercent,
      notes: quote.notes,
      lines: quote.lines.map(({ productId, sku, description, quantity, unit, unitPrice, discountPercent, taxRate }) => ({
        productId, sku, description, quantity, unit, unitPrice, discountPercent, taxRate,
      })),
      charges: quote.charges.map(({ description, amount, taxRate }) => ({ description, amount, taxRate })),
    });
    return { status: 'accepted', decidedAt: ctx.clock.now(), orderId: order.id };
  });
  // A deal the actor cannot see (reassigned since) is left to its owner to close.
  const opportunity = await findVisibleOpportunity(ctx, accepted.opportunityId, { forUpdate: true });
  if (opportunity && !opportunity.archivedAt && opportunity.status === 'open') await closeOpportunity(ctx, opportunity.id, { outcome: 'won' });
  return accepted;
}

import { documentTotals, lineNet, taxTotalOf } from '../../../kernel/document-totals.js';
import { formatAmount } from '../../../kernel/money.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { nextNumber } from '../../../platform/numbering/next-number.js';
import type { NewOrderFromQuote } from '../billable.js';
import { dateOf } from '../domain/order-rules.js';
import { auditableOrder } from '../dto.js';
import { findOrder, insertOrder, insertOrderCharges, insertOrderLines, linesOf } from '../orders.repository.js';

/** Creates the pending order of an accepted quote in the caller's transaction: lines, charges and terms copied, totals computed. */
export async function createOrderFromQuote(ctx: Ctx, input: NewOrderFromQuote): Promise<{ id: string; number: string }> {
  const { tx, actor } = ctx;
  const now = ctx.clock.now();
  const { currency } = input;
  const totals = documentTotals({ currency, lines: input.lines, charges: input.charges, discountPercent: input.discountPercent });
  const number = await nextNumber(tx, 'SO', now.getUTCFullYear(), 5);
  const id = await insertOrder(tx, {
    orgId: actor.orgId,
    createdBy: actor.userId,
    ownerId: input.ownerId,
    number,
    quoteId: input.quoteId,
    opportunityId: input.opportunityId,
    accountId: input.accountId,
    contactId: input.contactId,
    currency,
    orderDate: dateOf(now),
    paymentTerms: input.paymentTerms,
    deliveryTerms: input.deliveryTerms,
    discountPercent: input.discountPercent,
    notes: input.notes,
    status: 'pending',
    netTotal: totals.net,
    discountTotal: totals.discount,
    chargesTotal: totals.charges,
    taxBase: totals.taxBase,
    taxTotal: taxTotalOf(totals),
    total: totals.total,
  });
  await insertOrderLines(
    tx,
    input.lines.map((line, index) => ({
      orgId: actor.orgId,
      orderId: id,
      position: index + 1,
      productId: line.productId,
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      taxRate: line.taxRate,
      netAmount: formatAmount(lineNet(line, currency), currency),
    })),
  );
  await insertOrderCharges(
    tx,
    input.charges.map((charge, index) => ({ orgId: actor.orgId, orderId: id, position: index + 1, description: charge.description, amount: charge.amount, taxRate: charge.taxRate })),
  );
  // The creator (e.g. a manager accepting a rep's quote for another owner) need not see the order.
  const created = (await findOrder(tx, 'system', id))!;
  await recordAudit(tx, actor, { entityType: 'orders', entityId: id, action: 'create', after: auditableOrder(created, await linesOf(tx, [id])) });
  return { id, number };
}

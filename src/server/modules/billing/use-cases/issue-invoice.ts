import type { Invoice } from '../../../../contracts/invoices.js';
import { AppError, invalidField } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { nextNumber } from '../../../platform/numbering/next-number.js';
import { loadBillableDelivery, loadBillableOrder, recordInvoicedQuantities, type BillableDelivery, type BillableOrder } from '../../orders/index.js';
import { overInvoicedLine } from '../domain/invoice-lines.js';
import { amountDue, assertDraft, dueDateFor, fiscalYearOf } from '../domain/invoice-rules.js';
import { chargesBilled, downPaymentPercentTaken, overDeducted } from '../domain/order-billing.js';
import { auditableInvoice } from '../dto.js';
import { chargesOf, findInvoice, lastIssueDate, linesOf, updateInvoiceRow, type InvoiceLineRow, type InvoiceRow } from '../invoices.repository.js';
import { assertBillable, invoiceView, loadInvoice, orderBilling, todayOf } from './load.js';
import { partiesNow } from './parties.js';
import { settleOrder } from './settle-order.js';

const taken = (what: string) =>
  new AppError('conflict', `${what} was invoiced by another invoice since this draft was made; archive this draft and draw a new one.`);

/** Drafts reserve nothing: with the order locked, what the draft takes must still be there. */
async function recheck(ctx: Ctx, invoice: InvoiceRow, order: BillableOrder, lines: InvoiceLineRow[], hasCharges: boolean): Promise<BillableDelivery | undefined> {
  const state = await orderBilling(ctx, order.id);
  if (invoice.kind === 'down_payment') {
    if (downPaymentPercentTaken(state).plus(invoice.downPaymentPercent ?? 0).gt(100)) throw taken('The order’s down payment allowance');
    return undefined;
  }
  const delivery = invoice.deliveryId ? await loadBillableDelivery(ctx, invoice.deliveryId, { forUpdate: true }) : undefined;
  const line = overInvoicedLine(lines, order.lines, delivery?.lines);
  if (line) throw taken(`“${line}”`);
  if (hasCharges && chargesBilled(state)) throw taken('The order’s charges');
  if (overDeducted(state, lines, invoice.discountPercent, invoice.currency)) throw taken('The down payment it deducts');
  return delivery;
}

/**
 * Issues a draft: the next number of its series and fiscal year (gapless: the numbering row stays locked
 * until commit, and a failure gives the number back), due date from the payment terms, the parties as
 * they are now, and the invoiced quantities recorded on the order. Locks are always taken in the order
 * invoice → order → delivery → numbering row (then the order's lines, which only holders of the order lock
 * change), as credit notes do too, so concurrent issuers queue instead of deadlocking.
 */
export async function issueInvoice(ctx: Ctx, id: string, input: { issueDate?: string | undefined }, expectedVersion?: number): Promise<Invoice> {
  const before = await loadInvoice(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertDraft(before, 'be issued');
  const today = todayOf(ctx);
  const issueDate = input.issueDate ?? today;
  if (issueDate > today) throw invalidField('issueDate', `cannot be in the future (today is ${today})`);
  const order = await loadBillableOrder(ctx, before.orderId, { forUpdate: true });
  assertBillable(order);
  const lines = await linesOf(ctx.tx, [id]);
  const charges = await chargesOf(ctx.tx, [id]);
  const delivery = await recheck(ctx, before, order, lines, charges.length > 0);

  const fiscalYear = fiscalYearOf(issueDate);
  const number = await nextNumber(ctx.tx, before.series, fiscalYear, 5);
  // Read after taking the number: the numbering lock makes this the latest issued date of the series.
  const last = await lastIssueDate(ctx.tx, before.series, fiscalYear);
  if (last && issueDate < last) throw invalidField('issueDate', `the ${before.series} series already has an invoice dated ${last}; numbers must follow dates`);

  await updateInvoiceRow(ctx.tx, id, {
    number,
    fiscalYear,
    issueDate,
    dueDate: dueDateFor(before.paymentTerms, issueDate),
    status: 'issued',
    issuedAt: ctx.clock.now(),
    parties: await partiesNow(ctx, before.accountId),
  });
  const invoiced = lines.filter((l) => l.orderLineId && new Decimal(l.quantity).gt(0));
  if (invoiced.length > 0) {
    await recordInvoicedQuantities(
      ctx,
      order.id,
      invoiced.map((l) => ({ orderLineId: l.orderLineId!, quantity: l.quantity, deliveryLineId: delivery?.lines.find((d) => d.orderLineId === l.orderLineId)?.id ?? null })),
    );
  }
  const after = (await findInvoice(ctx.tx, ctx.actor, id))!;
  // An invoice its down payments covered asks nothing: it may be what completes the order's billing.
  if (amountDue(after).lte(0)) await settleOrder(ctx, order.id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: id, action: 'transition', before: auditableInvoice(before), after: auditableInvoice(after) });
  return (await invoiceView(ctx, id))!;
}

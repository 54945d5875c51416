import type { CreateInvoiceBody, Invoice } from '../../../../contracts/invoices.js';
import { documentTotals } from '../../../kernel/document-totals.js';
import { invalidField } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import type { BillableOrder } from '../../orders/index.js';
import {
  deductionLines,
  deliveryRemainderLines,
  downPaymentLines,
  orderRemainderLines,
  type DraftCharge,
  type DraftLine,
} from '../domain/invoice-lines.js';
import { chargesBilled, deductibleDownPayments, downPaymentPercentTaken, type OrderBilling } from '../domain/order-billing.js';
import { auditableInvoice, totalColumns } from '../dto.js';
import { findInvoice, insertInvoice, insertInvoiceContent, linesOf } from '../invoices.repository.js';
import { assertBillable, invoiceView, orderBilling, referencedDelivery, referencedOrder } from './load.js';

type Draft = { kind: 'invoice' | 'down_payment'; lines: DraftLine[]; charges: DraftCharge[]; discountPercent: string };

/** A down payment of N % of the order, never more than what earlier down payments left of 100 %. */
function downPaymentDraft(order: BillableOrder, state: OrderBilling, percent: string): Draft {
  const left = new Decimal(100).minus(downPaymentPercentTaken(state));
  if (new Decimal(percent).gt(left)) throw invalidField('downPaymentPercent', `earlier down payments leave at most ${left.toString()} % of the order`);
  const lines = downPaymentLines({ number: order.number, currency: order.currency, tax: order.totals.tax }, percent);
  if (lines.length === 0) throw invalidField('downPaymentPercent', 'the order has no amount to pay in advance');
  // The order's tax base already carries its document discount: the down payment itself gets none.
  return { kind: 'down_payment', lines, charges: [], discountPercent: '0' };
}

/** The whole order or one delivery, not yet invoiced; the order's charges on its first invoice; issued down payments deducted. */
async function regularDraft(ctx: Ctx, order: BillableOrder, state: OrderBilling, deliveryId: string | undefined): Promise<Draft> {
  const lines = deliveryId
    ? deliveryRemainderLines(order.lines, (await referencedDelivery(ctx, deliveryId, order.id)).lines)
    : orderRemainderLines(order.lines);
  if (lines.length === 0) {
    throw invalidField(deliveryId ? 'deliveryId' : 'orderId', deliveryId ? 'everything this delivery brought is already invoiced' : 'every line of the order is already invoiced');
  }
  const charges: DraftCharge[] = chargesBilled(state) ? [] : order.charges.map((c) => ({ description: c.description, amount: c.amount, taxRate: c.taxRate, creditsChargeId: null }));
  const discountPercent = order.discountPercent;
  const deductible = deductibleDownPayments(state, discountPercent, order.currency);
  const deductions = deductionLines({ currency: order.currency, discountPercent, lines, charges, deductible });
  return { kind: 'invoice', lines: [...lines, ...deductions], charges, discountPercent };
}

/**
 * A draft invoice for a confirmed or (partially) delivered order. Drafts reserve nothing: quantities,
 * charges and deductions are checked again when the invoice is issued.
 */
export async function createInvoice(ctx: Ctx, input: CreateInvoiceBody): Promise<Invoice> {
  const order = await referencedOrder(ctx, input.orderId);
  assertBillable(order);
  const state = await orderBilling(ctx, order.id);
  const draft = input.downPaymentPercent ? downPaymentDraft(order, state, input.downPaymentPercent) : await regularDraft(ctx, order, state, input.deliveryId);
  const totals = documentTotals({ currency: order.currency, discountPercent: draft.discountPercent, lines: draft.lines, charges: draft.charges });
  const id = await insertInvoice(ctx.tx, {
    orgId: ctx.actor.orgId,
    ownerId: order.ownerId,
    kind: draft.kind,
    series: 'INV',
    orderId: order.id,
    deliveryId: input.deliveryId ?? null,
    downPaymentPercent: input.downPaymentPercent ?? null,
    accountId: order.accountId,
    currency: order.currency,
    paymentTerms: order.paymentTerms,
    discountPercent: draft.discountPercent,
    notes: input.notes ?? '',
    createdBy: ctx.actor.userId,
    ...totalColumns(totals),
  });
  await insertInvoiceContent(ctx.tx, { orgId: ctx.actor.orgId, id, currency: order.currency }, draft.lines, draft.charges);
  const row = (await findInvoice(ctx.tx, ctx.actor, id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: id, action: 'create', after: auditableInvoice(row, await linesOf(ctx.tx, [id])) });
  return (await invoiceView(ctx, id))!;
}

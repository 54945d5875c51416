import type { CreditNoteBody, Invoice } from '../../../../contracts/invoices.js';
import { documentTotals, lineNet } from '../../../kernel/document-totals.js';
import { AppError, invalidField } from '../../../kernel/errors.js';
import { Decimal, formatAmount } from '../../../kernel/money.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { nextNumber } from '../../../platform/numbering/next-number.js';
import { loadBillableDelivery, loadBillableOrder, recordInvoicedQuantities } from '../../orders/index.js';
import { creditNoteContent, fullyCreditedAfter, type CreditableCharge, type CreditableLine } from '../domain/credit-note.js';
import type { DraftCharge, DraftLine } from '../domain/invoice-lines.js';
import { assertCreditable, fiscalYearOf, settledStatus } from '../domain/invoice-rules.js';
import { deductedBeyond } from '../domain/order-billing.js';
import { auditableInvoice, totalColumns } from '../dto.js';
import {
  chargesOf,
  creditedChargeAmounts,
  creditedQuantities,
  findInvoice,
  insertInvoice,
  insertInvoiceContent,
  lastIssueDate,
  linesOf,
  updateInvoiceRow,
  type InvoiceRow,
} from '../invoices.repository.js';
import { invoiceView, loadInvoice, orderBilling, todayOf } from './load.js';
import { partiesNow } from './parties.js';

async function creditable(ctx: Ctx, invoiceId: string): Promise<{ lines: CreditableLine[]; charges: CreditableCharge[] }> {
  const credited = await creditedQuantities(ctx.tx, [invoiceId]);
  const creditedCharges = await creditedChargeAmounts(ctx.tx, invoiceId);
  const lines = (await linesOf(ctx.tx, [invoiceId])).map(
    (l): CreditableLine => ({
      id: l.id,
      orderLineId: l.orderLineId,
      productId: l.productId,
      sku: l.sku,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      taxRate: l.taxRate,
      deductsInvoiceId: l.deductsInvoiceId,
      creditedQuantity: credited.get(l.id) ?? '0',
    }),
  );
  const charges = (await chargesOf(ctx.tx, [invoiceId])).map((c) => ({ id: c.id, description: c.description, amount: c.amount, taxRate: c.taxRate, creditedAmount: creditedCharges.get(c.id) ?? '0' }));
  return { lines, charges };
}

/** A down payment may be credited only down to what later invoices already deducted of it. */
async function assertNotDeducted(ctx: Ctx, original: InvoiceRow, credit: DraftLine[], discountPercent: string): Promise<void> {
  const state = await orderBilling(ctx, original.orderId);
  const pending = { id: 'pending-credit-note', kind: 'credit_note' as const, number: null, status: 'issued', creditedInvoiceId: original.id, downPaymentPercent: null };
  const withCredit = {
    ...state,
    documents: [...state.documents, pending],
    lines: [...state.lines, ...credit.map((l) => ({ invoiceId: pending.id, taxRate: l.taxRate, netAmount: lineNet(l, original.currency).toString(), deductsInvoiceId: null }))],
  };
  if (deductedBeyond(withCredit, original.id, discountPercent, original.currency)) {
    throw invalidField('lines', 'later invoices already deducted this down payment: credit those first');
  }
}

/** Gives the credited quantities back to the order (and the delivery the invoice was drawn from). */
async function giveBackQuantities(ctx: Ctx, original: InvoiceRow, lines: DraftLine[]): Promise<void> {
  const back = lines.filter((l) => l.orderLineId && new Decimal(l.quantity).lt(0));
  if (back.length === 0) return;
  const delivery = original.deliveryId ? await loadBillableDelivery(ctx, original.deliveryId, { forUpdate: true }) : undefined;
  await recordInvoicedQuantities(
    ctx,
    original.orderId,
    back.map((l) => ({ orderLineId: l.orderLineId!, quantity: l.quantity, deliveryLineId: delivery?.lines.find((d) => d.orderLineId === l.orderLineId)?.id ?? null })),
  );
}

async function issueCreditNote(ctx: Ctx, original: InvoiceRow, reason: string, content: { lines: DraftLine[]; charges: DraftCharge[] }, total: ReturnType<typeof documentTotals>) {
  const issueDate = todayOf(ctx);
  const fiscalYear = fiscalYearOf(issueDate);
  const number = await nextNumber(ctx.tx, 'CN', fiscalYear, 5);
  const last = await lastIssueDate(ctx.tx, 'CN', fiscalYear);
  if (last && issueDate < last) throw invalidField('issueDate', `the CN series already has a credit note dated ${last}; numbers must follow dates`);
  const id = await insertInvoice(ctx.tx, {
    orgId: ctx.actor.orgId,
    ownerId: original.ownerId,
    kind: 'credit_note',
    series: 'CN',
    number,
    fiscalYear,
    orderId: original.orderId,
    deliveryId: original.deliveryId,
    creditedInvoiceId: original.id,
    accountId: original.accountId,
    currency: original.currency,
    issueDate,
    paymentTerms: original.paymentTerms,
    discountPercent: original.discountPercent,
    creditReason: reason,
    status: 'issued',
    issuedAt: ctx.clock.now(),
    parties: await partiesNow(ctx, original.accountId),
    createdBy: ctx.actor.userId,
    ...totalColumns(total),
  });
  await insertInvoiceContent(ctx.tx, { orgId: ctx.actor.orgId, id, currency: original.currency }, content.lines, content.charges);
  return id;
}

/**
 * Corrects an issued invoice with a credit note, created and issued at once in the CN series: the whole
 * invoice (every line and charge not yet credited) or some quantities of some lines, never more than remains
 * uncredited. The invoice's credited amount and status follow; the order gets the quantities back.
 */
export async function creditInvoice(ctx: Ctx, id: string, input: CreditNoteBody, expectedVersion?: number): Promise<Invoice> {
  const before = await loadInvoice(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertCreditable(before);
  // Same lock order as issuing: invoice → order → (delivery) → numbering row.
  await loadBillableOrder(ctx, before.orderId, { forUpdate: true });
  const { lines, charges } = await creditable(ctx, id);
  const content = creditNoteContent(lines, charges, input.lines);
  if (content.errors.length > 0) throw new AppError('validation', content.errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors: content.errors });
  const totals = documentTotals({ currency: before.currency, discountPercent: before.discountPercent, lines: content.lines, charges: content.charges });
  if (new Decimal(totals.total).gte(0)) throw invalidField('lines', 'nothing left to credit: a credit note must reduce what the invoice asks');
  if (before.kind === 'down_payment') await assertNotDeducted(ctx, before, content.lines, before.discountPercent);

  const creditNoteId = await issueCreditNote(ctx, before, input.reason, content, totals);
  const amountCredited = new Decimal(before.amountCredited).minus(totals.total);
  const status = settledStatus({ ...before, amountCredited }, fullyCreditedAfter(lines, charges, content));
  await updateInvoiceRow(ctx.tx, id, { amountCredited: formatAmount(amountCredited, before.currency), status });
  await giveBackQuantities(ctx, before, content.lines);

  const creditNote = (await findInvoice(ctx.tx, ctx.actor, creditNoteId))!;
  const after = (await findInvoice(ctx.tx, ctx.actor, id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: creditNoteId, action: 'create', after: auditableInvoice(creditNote, await linesOf(ctx.tx, [creditNoteId])) });
  await recordAudit(ctx.tx, ctx.actor, {
    entityType: 'invoices',
    entityId: id,
    action: 'transition',
    before: auditableInvoice(before),
    after: auditableInvoice(after),
    changes: { creditNote: { before: null, after: creditNote.number } },
  });
  return (await invoiceView(ctx, creditNoteId))!;
}

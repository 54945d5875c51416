import { Decimal, minorUnitOf } from '../../../kernel/money.js';
import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { settledStatus } from '../domain/invoice-rules.js';
import { auditableInvoice } from '../dto.js';
import { findInvoice, updateInvoiceRow } from '../invoices.repository.js';
import { archivePaymentRow, findPayment } from '../payments.repository.js';

/** Archives a payment recorded by mistake and takes it off its invoice (which may go back to partially paid or issued). */
export async function archivePayment(ctx: Ctx, id: string): Promise<void> {
  const found = await findPayment(ctx.tx, ctx.actor, id);
  if (!found) throw notFound('Payment');
  if (found.archivedAt) return;
  // Invoice first, then the payment: the same order as recording a payment takes.
  const invoice = await findInvoice(ctx.tx, ctx.actor, found.invoiceId, { forUpdate: true });
  const payment = await findPayment(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!invoice || !payment) throw notFound('Payment');
  if (payment.archivedAt) return;
  const at = ctx.clock.now();
  await archivePaymentRow(ctx.tx, id, at);
  const amountPaid = new Decimal(invoice.amountPaid).minus(payment.amount);
  const status = invoice.status === 'credited' ? 'credited' : settledStatus({ ...invoice, amountPaid }, false);
  await updateInvoiceRow(ctx.tx, invoice.id, { amountPaid: amountPaid.toFixed(minorUnitOf(invoice.currency)), status });
  const after = (await findInvoice(ctx.tx, ctx.actor, invoice.id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'payments', entityId: id, action: 'archive', changes: { archivedAt: { before: null, after: at.toISOString() } } });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: invoice.id, action: 'transition', before: auditableInvoice(invoice), after: auditableInvoice(after) });
}

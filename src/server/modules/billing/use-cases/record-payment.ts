import type { CreatePaymentBody, Payment } from '../../../../contracts/invoices.js';
import { invalidField } from '../../../kernel/errors.js';
import { Decimal, formatAmount, minorUnitOf } from '../../../kernel/money.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { amountDue, assertPayable, settledStatus } from '../domain/invoice-rules.js';
import { auditableInvoice, auditablePayment, paymentDto } from '../dto.js';
import { findInvoice, updateInvoiceRow } from '../invoices.repository.js';
import { insertPayment } from '../payments.repository.js';
import { settleOrder } from './settle-order.js';

/**
 * Records a payment against an issued or partially paid invoice, in its currency and never more than is
 * due. The invoice row is locked, so concurrent payments cannot together pay more than the invoice asks.
 */
export async function recordPayment(ctx: Ctx, input: CreatePaymentBody): Promise<Payment> {
  const invoice = await findInvoice(ctx.tx, ctx.actor, input.invoiceId, { forUpdate: true });
  if (!invoice || invoice.archivedAt) throw invalidField('invoiceId', 'no such invoice');
  assertPayable(invoice);
  const amount = new Decimal(input.amount);
  const digits = minorUnitOf(invoice.currency);
  if (amount.decimalPlaces() > digits) throw invalidField('amount', `${invoice.currency} amounts have at most ${digits} decimals`);
  const due = amountDue(invoice);
  if (amount.gt(due)) throw invalidField('amount', `at most ${formatAmount(due, invoice.currency)} ${invoice.currency} is due on invoice ${invoice.number}`);

  const payment = await insertPayment(ctx.tx, {
    orgId: ctx.actor.orgId,
    ownerId: invoice.ownerId,
    invoiceId: invoice.id,
    accountId: invoice.accountId,
    amount: amount.toFixed(digits),
    currency: invoice.currency,
    paidOn: input.paidOn,
    method: input.method,
    reference: input.reference ?? '',
    createdBy: ctx.actor.userId,
  });
  const amountPaid = new Decimal(invoice.amountPaid).plus(amount);
  const status = settledStatus({ ...invoice, amountPaid }, false);
  await updateInvoiceRow(ctx.tx, invoice.id, { amountPaid: amountPaid.toFixed(digits), status });
  const after = (await findInvoice(ctx.tx, ctx.actor, invoice.id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'payments', entityId: payment.id, action: 'create', after: auditablePayment(payment) });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: invoice.id, action: 'transition', before: auditableInvoice(invoice), after: auditableInvoice(after) });
  if (status === 'paid') await settleOrder(ctx, invoice.orderId);
  return paymentDto(payment);
}

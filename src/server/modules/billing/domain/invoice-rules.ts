import type { PaymentTerms } from '../../../../contracts/accounts.js';
import type { InvoiceStatus } from '../../../../contracts/invoices.js';
import { AppError } from '../../../kernel/errors.js';
import { Decimal, type DecimalInput } from '../../../kernel/money.js';
import { addDays } from '../../../kernel/calendar.js';

/** A decimal.js value of Ciclo's money configuration. */
export type Dec = InstanceType<typeof Decimal>;

export type InvoiceKind = 'invoice' | 'down_payment' | 'credit_note';

const labels: Record<InvoiceStatus, string> = {
  draft: 'a draft',
  issued: 'issued',
  partially_paid: 'partially paid',
  paid: 'paid',
  credited: 'credited',
};

/** Only a draft may be edited, archived or issued; an issued invoice is corrected by a credit note. */
export function assertDraft(invoice: { status: InvoiceStatus; archivedAt: Date | null }, action: string): void {
  if (invoice.archivedAt) throw new AppError('invalid_state', `The invoice is archived; it can no longer ${action}.`, { extra: { state: 'archived' } });
  if (invoice.status !== 'draft') {
    throw new AppError('invalid_state', `The invoice is ${labels[invoice.status]}: issued invoices are immutable and are corrected with a credit note.`, {
      extra: { state: invoice.status },
    });
  }
}

/** Issued, partially paid and paid invoices may be credited; drafts, credited invoices and credit notes may not. */
export function assertCreditable(invoice: { kind: InvoiceKind; status: InvoiceStatus }): void {
  if (invoice.kind === 'credit_note') throw new AppError('invalid_state', 'A credit note cannot itself be credited.', { extra: { state: 'credit_note' } });
  if (!['issued', 'partially_paid', 'paid'].includes(invoice.status)) {
    throw new AppError('invalid_state', `The invoice is ${labels[invoice.status]}; only an issued, partially paid or paid invoice can be credited.`, {
      extra: { state: invoice.status },
    });
  }
}

/** Payments are recorded against an issued or partially paid invoice (never a credit note). */
export function assertPayable(invoice: { kind: InvoiceKind; status: InvoiceStatus }): void {
  if (invoice.kind === 'credit_note') throw new AppError('invalid_state', 'A credit note is not paid; record payments on invoices.', { extra: { state: 'credit_note' } });
  if (invoice.status !== 'issued' && invoice.status !== 'partially_paid') {
    throw new AppError('invalid_state', `The invoice is ${labels[invoice.status]}; payments are recorded on issued or partially paid invoices.`, {
      extra: { state: invoice.status },
    });
  }
}

export { addDays, dateOf } from '../../../kernel/calendar.js';

/** The fiscal year is the calendar year of the issue date. */
export function fiscalYearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Prepayment and payment on delivery are due on the issue date; net N on N days after it. */
export function dueDateFor(terms: PaymentTerms, issueDate: string): string {
  const net = /^net_(\d+)$/.exec(terms);
  return net ? addDays(issueDate, Number(net[1])) : issueDate;
}

/** Issued and not fully paid past its due date. Credit notes are never overdue. */
export function isOverdue(invoice: { kind: InvoiceKind; status: InvoiceStatus; dueDate: string | null }, today: string): boolean {
  return invoice.kind !== 'credit_note' && (invoice.status === 'issued' || invoice.status === 'partially_paid') && invoice.dueDate !== null && invoice.dueDate < today;
}

/** What the customer still owes: total − paid − credited. A credit note owes nothing. */
export function amountDue(invoice: { kind: InvoiceKind; total: DecimalInput; amountPaid: DecimalInput; amountCredited: DecimalInput }): Dec {
  if (invoice.kind === 'credit_note') return new Decimal(0);
  return new Decimal(invoice.total).minus(invoice.amountPaid).minus(invoice.amountCredited);
}

/**
 * The status of an issued invoice from its amounts: credited once every line is fully credited, paid once
 * nothing is due and something was paid, partially paid while something was paid, issued otherwise.
 */
export function settledStatus(invoice: { kind: InvoiceKind; total: DecimalInput; amountPaid: DecimalInput; amountCredited: DecimalInput }, fullyCredited: boolean): InvoiceStatus {
  if (fullyCredited) return 'credited';
  const paid = new Decimal(invoice.amountPaid);
  if (paid.gt(0) && amountDue(invoice).lte(0)) return 'paid';
  return paid.gt(0) ? 'partially_paid' : 'issued';
}

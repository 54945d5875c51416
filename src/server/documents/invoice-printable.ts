import type { Locale } from '../../contracts/common.js';
import type { Invoice, InvoiceParties } from '../../contracts/invoices.js';
import type { PrintableDocument } from '../platform/pdf/index.js';
import type { DocumentLabels } from './document-labels.js';
import { toPrintable, type Party } from './printable.js';
import { addressLines } from './quote-printable.js';

const titles: Record<Invoice['kind'], (l: DocumentLabels) => string> = {
  invoice: (l) => l.invoice,
  down_payment: (l) => l.downPayment,
  credit_note: (l) => l.creditNote,
};

export function partiesOfInvoice(parties: InvoiceParties): { issuer: Party; customer: Party } {
  const { issuer, customer } = parties;
  return {
    issuer: { name: issuer.name, taxIds: issuer.taxIds },
    customer: { name: customer.name, legalName: customer.legalName, taxId: customer.taxId, addressLines: addressLines(customer.address) },
  };
}

/**
 * An invoice, down-payment invoice or credit note on paper, with the parties frozen when it was issued
 * (a draft shows them as they are now, under a DRAFT watermark), its references and what is still due.
 */
export function invoicePrintable(
  invoice: Invoice,
  parties: { issuer: Party; customer: Party },
  refs: { orderNumber: string | null; creditedNumber: string | null },
  locale: Locale,
): PrintableDocument {
  return toPrintable(
    {
      title: titles[invoice.kind],
      number: invoice.number ?? '—',
      draft: invoice.status === 'draft',
      ...parties,
      meta: (l, fmt) => [
        ...(invoice.issueDate ? [{ label: l.issueDate, value: fmt.date(invoice.issueDate) }] : []),
        ...(invoice.dueDate && invoice.kind !== 'credit_note' ? [{ label: l.dueDate, value: fmt.date(invoice.dueDate) }] : []),
        ...(invoice.kind !== 'credit_note' ? [{ label: l.paymentTerms, value: l.terms[invoice.paymentTerms] }] : []),
        ...(refs.orderNumber ? [{ label: l.order, value: refs.orderNumber }] : []),
        ...(refs.creditedNumber ? [{ label: l.corrects, value: refs.creditedNumber }] : []),
      ],
      lines: invoice.lines,
      charges: invoice.charges,
      totals: invoice.totals,
      balance: (l, fmt) =>
        invoice.kind === 'credit_note' || invoice.status === 'draft'
          ? []
          : [
              ...(Number(invoice.amountPaid) !== 0 ? [{ label: l.paid, value: fmt.money(invoice.amountPaid) }] : []),
              ...(Number(invoice.amountCredited) !== 0 ? [{ label: l.credited, value: fmt.money(invoice.amountCredited) }] : []),
              { label: l.due, value: fmt.money(invoice.amountDue), emphasis: true },
            ],
      notes: (l) => [...(invoice.creditReason ? [`${l.reason}: ${invoice.creditReason}`] : []), invoice.notes],
    },
    locale,
  );
}

import type { DocumentTotals } from '../../../contracts/documents.js';
import type { Invoice, InvoiceParties, InvoiceSummary, Payment } from '../../../contracts/invoices.js';
import { documentTotals } from '../../kernel/document-totals.js';
import { Decimal, formatAmount, minorUnitOf } from '../../kernel/money.js';
import { isoOrNull, recordMetaDto } from '../../platform/db/rows.js';
import { amountDue, isOverdue } from './domain/invoice-rules.js';
import type { InvoiceChargeRow, InvoiceLineRow, InvoiceRow } from './invoices.repository.js';
import type { PaymentRow } from './payments.repository.js';

/** "2.5000" → "2.5": quantities, rates and percentages read without trailing zeros. */
export function plain(value: string): string {
  return new Decimal(value).toString();
}

/** A unit price keeps up to 4 decimals but shows at least the currency's: "10.00", "0.125". */
function unitPriceText(value: string, currency: string): string {
  const price = new Decimal(value);
  return price.decimalPlaces() < minorUnitOf(currency) ? price.toFixed(minorUnitOf(currency)) : price.toString();
}

export function invoiceTotals(row: Pick<InvoiceRow, 'currency' | 'discountPercent'>, lines: InvoiceLineRow[], charges: InvoiceChargeRow[]): DocumentTotals {
  return documentTotals({ currency: row.currency, discountPercent: row.discountPercent, lines, charges });
}

/** The totals columns an invoice stores for lists and reports. */
export function totalColumns(totals: DocumentTotals) {
  const tax = totals.tax.reduce((sum, t) => sum.plus(t.amount), new Decimal(0));
  return { netTotal: totals.net, discountTotal: totals.discount, chargesTotal: totals.charges, taxBase: totals.taxBase, taxTotal: formatAmount(tax, totals.currency), total: totals.total };
}

export function invoiceSummaryDto(r: InvoiceRow, lines: InvoiceLineRow[], charges: InvoiceChargeRow[], today: string): InvoiceSummary {
  return {
    ...recordMetaDto(r),
    kind: r.kind,
    series: r.series,
    number: r.number,
    fiscalYear: r.fiscalYear,
    orderId: r.orderId,
    deliveryId: r.deliveryId,
    downPaymentPercent: r.downPaymentPercent === null ? null : plain(r.downPaymentPercent),
    creditedInvoiceId: r.creditedInvoiceId,
    accountId: r.accountId,
    ownerId: r.ownerId,
    currency: r.currency,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    paymentTerms: r.paymentTerms,
    discountPercent: plain(r.discountPercent),
    notes: r.notes,
    creditReason: r.creditReason,
    status: r.status,
    overdue: isOverdue(r, today),
    issuedAt: isoOrNull(r.issuedAt),
    parties: (r.parties as InvoiceParties | null) ?? null,
    totals: invoiceTotals(r, lines, charges),
    amountPaid: formatAmount(r.amountPaid, r.currency),
    amountCredited: formatAmount(r.amountCredited, r.currency),
    amountDue: formatAmount(amountDue(r), r.currency),
  };
}

export function invoiceDto(r: InvoiceRow, lines: InvoiceLineRow[], charges: InvoiceChargeRow[], credited: Map<string, string>, today: string): Invoice {
  return {
    ...invoiceSummaryDto(r, lines, charges, today),
    lines: lines.map((l) => ({
      id: l.id,
      position: l.position,
      productId: l.productId,
      sku: l.sku,
      description: l.description,
      quantity: plain(l.quantity),
      unit: l.unit,
      unitPrice: unitPriceText(l.unitPrice, r.currency),
      discountPercent: plain(l.discountPercent),
      taxRate: plain(l.taxRate),
      netAmount: formatAmount(l.netAmount, r.currency),
      orderLineId: l.orderLineId,
      deductsInvoiceId: l.deductsInvoiceId,
      creditsLineId: l.creditsLineId,
      creditedQuantity: plain(credited.get(l.id) ?? '0'),
    })),
    charges: charges.map((c) => ({ id: c.id, description: c.description, amount: formatAmount(c.amount, r.currency), taxRate: plain(c.taxRate) })),
  };
}

/** The audit view of an invoice: its fields, amounts as the API shows them, and one readable entry per line. */
export function auditableInvoice(r: InvoiceRow, lines?: InvoiceLineRow[]): Record<string, unknown> {
  return {
    ...r,
    amountPaid: formatAmount(r.amountPaid, r.currency),
    amountCredited: formatAmount(r.amountCredited, r.currency),
    total: formatAmount(r.total, r.currency),
    ...(lines ? { lines: lines.map((l) => `${l.position}. ${l.description}: ${plain(l.quantity)} ${l.unit} × ${unitPriceText(l.unitPrice, r.currency)}`) } : {}),
  };
}

export const paymentDto = (r: PaymentRow): Payment => ({
  ...recordMetaDto(r),
  invoiceId: r.invoiceId,
  accountId: r.accountId,
  ownerId: r.ownerId,
  amount: formatAmount(r.amount, r.currency),
  currency: r.currency,
  paidOn: r.paidOn,
  method: r.method,
  reference: r.reference,
});

export const auditablePayment = (r: PaymentRow): Record<string, unknown> => ({ ...r, amount: formatAmount(r.amount, r.currency) });

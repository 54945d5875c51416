import type { DocumentCharge, DocumentLine } from '../../../contracts/documents.js';
import type { Quote, QuoteSummary } from '../../../contracts/quotes.js';
import { documentTotals, type Charge, type PricedLine } from '../../kernel/document-totals.js';
import { formatAmount } from '../../kernel/money.js';
import { isoOrNull, recordMetaDto } from '../../platform/db/rows.js';
import { effectiveStatus, lapsedAt, plainDecimal, priceString } from './domain/quote-rules.js';
import type { QuoteChargeRow, QuoteLineRow, QuoteRow } from './quotes.repository.js';

type PricedRows = { lines: PricedLine[]; charges: Charge[] };

/** Totals by EN 16931 from the stored lines: the same computation that filled the total columns. */
export function quoteTotals(currency: string, discountPercent: string, { lines, charges }: PricedRows) {
  return documentTotals({ currency, discountPercent, lines, charges });
}

export function quoteSummaryDto(r: QuoteRow, content: PricedRows, today: string): QuoteSummary {
  const status = effectiveStatus(r.status, r.validUntil, today);
  const lapsed = status === 'expired' && r.status === 'sent';
  return {
    ...recordMetaDto(r),
    number: r.number,
    revision: r.revision,
    previousRevisionId: r.previousRevisionId,
    supersededById: r.supersededById,
    opportunityId: r.opportunityId,
    accountId: r.accountId,
    contactId: r.contactId,
    ownerId: r.ownerId,
    priceListId: r.priceListId,
    currency: r.currency,
    issueDate: r.issueDate,
    validUntil: r.validUntil,
    paymentTerms: r.paymentTerms,
    deliveryTerms: r.deliveryTerms,
    discountPercent: plainDecimal(r.discountPercent),
    notes: r.notes,
    status,
    sentAt: isoOrNull(r.sentAt),
    decidedAt: lapsed ? lapsedAt(r.validUntil).toISOString() : isoOrNull(r.decidedAt),
    rejectionReason: r.rejectionReason,
    orderId: r.orderId,
    totals: quoteTotals(r.currency, r.discountPercent, content),
  };
}

export const quoteLineDto = (l: QuoteLineRow, currency: string): DocumentLine => ({
  id: l.id,
  position: l.position,
  productId: l.productId,
  sku: l.sku,
  description: l.description,
  quantity: plainDecimal(l.quantity),
  unit: l.unit,
  unitPrice: priceString(l.unitPrice, currency),
  discountPercent: plainDecimal(l.discountPercent),
  taxRate: plainDecimal(l.taxRate),
  netAmount: formatAmount(l.netAmount, currency),
});

export const quoteChargeDto = (c: QuoteChargeRow, currency: string): DocumentCharge => ({
  id: c.id,
  description: c.description,
  amount: priceString(c.amount, currency),
  taxRate: plainDecimal(c.taxRate),
});

export function quoteDto(r: QuoteRow, lines: QuoteLineRow[], charges: QuoteChargeRow[], today: string): Quote {
  return {
    ...quoteSummaryDto(r, { lines, charges }, today),
    lines: lines.map((l) => quoteLineDto(l, r.currency)),
    charges: charges.map((c) => quoteChargeDto(c, r.currency)),
  };
}

/** The audit view: what the quote says, lines and charges without their row ids (they are replaced on every edit). */
export function auditableQuote(q: Quote): Record<string, unknown> {
  const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, totals, lines, charges, ...rest } = q;
  return {
    ...rest,
    lines: lines.map(({ id: _line, ...line }) => line),
    charges: charges.map(({ id: _charge, ...charge }) => charge),
    total: totals.total,
  };
}

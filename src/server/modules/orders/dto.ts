import type { DocumentTotals } from '../../../contracts/documents.js';
import type { Delivery, Order, OrderLine, OrderSummary } from '../../../contracts/orders.js';
import { documentTotals } from '../../kernel/document-totals.js';
import { Decimal, formatAmount, minorUnitOf } from '../../kernel/money.js';
import { isoOrNull, recordMetaDto } from '../../platform/db/rows.js';
import type { DeliveryLineRow, DeliveryRow } from './deliveries.repository.js';
import { trimDecimal } from './domain/order-rules.js';
import type { OrderChargeRow, OrderLineRow, OrderRow } from './orders.repository.js';

/** A unit price keeps up to 4 decimals but shows at least the currency's: "10.00", "0.125". */
export function unitPriceText(value: string, currency: string): string {
  const price = new Decimal(value);
  return price.decimalPlaces() < minorUnitOf(currency) ? price.toFixed(minorUnitOf(currency)) : price.toString();
}

export function totalsOf(order: Pick<OrderRow, 'currency' | 'discountPercent'>, lines: OrderLineRow[], charges: OrderChargeRow[]): DocumentTotals {
  return documentTotals({ currency: order.currency, discountPercent: order.discountPercent, lines, charges });
}

export const orderLineDto = (l: OrderLineRow, currency: string): OrderLine => ({
  id: l.id,
  position: l.position,
  productId: l.productId,
  sku: l.sku,
  description: l.description,
  quantity: trimDecimal(l.quantity),
  unit: l.unit,
  unitPrice: unitPriceText(l.unitPrice, currency),
  discountPercent: trimDecimal(l.discountPercent),
  taxRate: trimDecimal(l.taxRate),
  netAmount: formatAmount(l.netAmount, currency),
  deliveredQuantity: trimDecimal(l.deliveredQuantity),
  invoicedQuantity: trimDecimal(l.invoicedQuantity),
});

export const orderChargeDto = (c: OrderChargeRow, currency: string) => ({
  id: c.id,
  description: c.description,
  amount: formatAmount(c.amount, currency),
  taxRate: trimDecimal(c.taxRate),
});

export function orderSummaryDto(r: OrderRow, lines: OrderLineRow[], charges: OrderChargeRow[]): OrderSummary {
  return {
    ...recordMetaDto(r),
    number: r.number,
    quoteId: r.quoteId,
    opportunityId: r.opportunityId,
    accountId: r.accountId,
    contactId: r.contactId,
    ownerId: r.ownerId,
    currency: r.currency,
    orderDate: r.orderDate,
    paymentTerms: r.paymentTerms,
    deliveryTerms: r.deliveryTerms,
    discountPercent: trimDecimal(r.discountPercent),
    notes: r.notes,
    status: r.status,
    contractSignedAt: r.contractSignedAt,
    signedBy: r.signedBy,
    contractReference: r.contractReference,
    confirmedAt: isoOrNull(r.confirmedAt),
    confirmedBy: r.confirmedBy,
    creditAtConfirmation: r.creditAtConfirmation ?? null,
    creditApprovedBy: r.creditApprovedBy,
    cancelledAt: isoOrNull(r.cancelledAt),
    cancelReason: r.cancelReason,
    totals: totalsOf(r, lines, charges),
  };
}

export function orderDto(r: OrderRow, lines: OrderLineRow[], charges: OrderChargeRow[]): Order {
  return {
    ...orderSummaryDto(r, lines, charges),
    lines: lines.map((l) => orderLineDto(l, r.currency)),
    charges: charges.map((c) => orderChargeDto(c, r.currency)),
  };
}

/** The audit view of an order: its fields and one readable entry per line with what was delivered and invoiced. */
export function auditableOrder(r: OrderRow, lines: OrderLineRow[]): Record<string, unknown> {
  const { creditAtConfirmation, ...rest } = r;
  return {
    ...rest,
    creditRating: creditAtConfirmation?.rating ?? null,
    lines: lines.map(
      (l) =>
        `${l.position}. ${l.description}: ${trimDecimal(l.quantity)} ${l.unit}, delivered ${trimDecimal(l.deliveredQuantity)}, invoiced ${trimDecimal(l.invoicedQuantity)}`,
    ),
  };
}

export function deliveryDto(r: DeliveryRow, lines: DeliveryLineRow[]): Delivery {
  return {
    ...recordMetaDto(r),
    number: r.number,
    orderId: r.orderId,
    accountId: r.accountId,
    ownerId: r.ownerId,
    deliveredOn: r.deliveredOn,
    notes: r.notes,
    lines: lines.map((l) => ({ id: l.id, orderLineId: l.orderLineId, description: l.description, quantity: trimDecimal(l.quantity), unit: l.unit })),
  };
}

export function auditableDelivery(r: DeliveryRow, lines: DeliveryLineRow[]): Record<string, unknown> {
  return { ...r, lines: lines.map((l) => `${l.position}. ${l.description}: ${trimDecimal(l.quantity)} ${l.unit}`) };
}

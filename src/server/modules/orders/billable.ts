import type { PaymentTerms } from '../../../contracts/accounts.js';
import type { DocumentTotals } from '../../../contracts/documents.js';
import type { OrderStatus } from '../../../contracts/orders.js';

/** What quotes hand over when a quote is accepted: the order copies it line by line. */
export type NewOrderFromQuote = {
  quoteId: string;
  opportunityId: string;
  accountId: string;
  contactId: string | null;
  ownerId: string;
  currency: string;
  paymentTerms: PaymentTerms;
  deliveryTerms: string;
  discountPercent: string;
  notes: string;
  lines: { productId: string | null; sku: string | null; description: string; quantity: string; unit: string; unitPrice: string; discountPercent: string; taxRate: string }[];
  charges: { description: string; amount: string; taxRate: string }[];
};

/** An order as billing needs it to invoice: lines with what was delivered and invoiced so far. */
export type BillableOrder = {
  id: string;
  number: string;
  version: number;
  status: OrderStatus;
  accountId: string;
  contactId: string | null;
  ownerId: string;
  currency: string;
  paymentTerms: PaymentTerms;
  discountPercent: string;
  lines: {
    id: string;
    position: number;
    productId: string | null;
    sku: string | null;
    description: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    discountPercent: string;
    taxRate: string;
    netAmount: string;
    deliveredQuantity: string;
    invoicedQuantity: string;
  }[];
  charges: { id: string; description: string; amount: string; taxRate: string }[];
  totals: DocumentTotals;
};

export type BillableDelivery = {
  id: string;
  number: string;
  orderId: string;
  deliveredOn: string;
  lines: { id: string; orderLineId: string; quantity: string; invoicedQuantity: string }[];
};

/** Quantities an invoice (positive) or a credit note (negative) takes from order lines and, per delivery, delivery lines. */
export type InvoicedQuantity = { orderLineId: string; quantity: string; deliveryLineId?: string | null };

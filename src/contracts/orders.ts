import { z } from 'zod';
import { paymentTermsSchema } from './accounts.js';
import { currencyCode, decimalString, isoDate, isoDateTime, nameText, recordMeta, uuid } from './common.js';
import { creditAssessment } from './credit.js';
import { documentCharge, documentLine, documentTotals, quantityString } from './documents.js';

export const orderStatuses = ['pending', 'confirmed', 'partially_delivered', 'delivered', 'closed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

const text = (max: number) => z.string().trim().max(max);

export const orderLine = documentLine.extend({
  deliveredQuantity: decimalString,
  invoicedQuantity: decimalString,
});
export type OrderLine = z.infer<typeof orderLine>;

export const order = z.object({
  ...recordMeta,
  number: z.string(),
  quoteId: uuid.nullable(),
  opportunityId: uuid.nullable(),
  accountId: uuid,
  contactId: uuid.nullable(),
  ownerId: uuid,
  currency: currencyCode,
  orderDate: isoDate,
  paymentTerms: paymentTermsSchema,
  deliveryTerms: z.string(),
  discountPercent: z.string(),
  notes: z.string(),
  status: z.enum(orderStatuses),
  contractSignedAt: isoDate.nullable(),
  signedBy: z.string(),
  contractReference: z.string().describe('Where the signed contract is kept: a document number or link'),
  confirmedAt: isoDateTime.nullable(),
  confirmedBy: uuid.nullable(),
  creditAtConfirmation: creditAssessment.nullable().describe('The credit assessment the order was confirmed with'),
  creditApprovedBy: uuid.nullable().describe('The manager who confirmed payment terms the rating does not allow'),
  cancelledAt: isoDateTime.nullable(),
  cancelReason: z.string(),
  lines: z.array(orderLine),
  charges: z.array(documentCharge),
  totals: documentTotals,
});
export type Order = z.infer<typeof order>;
export const orderSummary = order.omit({ lines: true, charges: true });
export type OrderSummary = z.infer<typeof orderSummary>;

/** Only a pending order may be edited (terms and notes; its lines come from the accepted quote). */
export const updateOrderBody = z
  .object({ paymentTerms: paymentTermsSchema, deliveryTerms: text(2000), notes: text(10_000), contactId: uuid.nullable() })
  .partial()
  .strict();
export type UpdateOrderBody = z.infer<typeof updateOrderBody>;

export const confirmOrderBody = z
  .object({
    contractSignedAt: isoDate,
    signedBy: nameText(200),
    contractReference: text(500).optional(),
    approveCreditException: z.boolean().optional().describe('A manager confirms payment terms the credit rating does not allow'),
  })
  .strict();
export type ConfirmOrderBody = z.infer<typeof confirmOrderBody>;
export const cancelOrderBody = z.object({ reason: text(2000).optional() }).strict();

export const deliveryLine = z.object({ id: uuid, orderLineId: uuid, description: z.string(), quantity: decimalString, unit: z.string() });
export const delivery = z.object({
  ...recordMeta,
  number: z.string(),
  orderId: uuid,
  accountId: uuid,
  ownerId: uuid,
  deliveredOn: isoDate,
  notes: z.string(),
  lines: z.array(deliveryLine),
});
export type Delivery = z.infer<typeof delivery>;

export const createDeliveryBody = z
  .object({
    orderId: uuid,
    deliveredOn: isoDate.optional(),
    notes: text(5000).optional(),
    lines: z.array(z.object({ orderLineId: uuid, quantity: quantityString }).strict()).min(1).max(500),
  })
  .strict();
export type CreateDeliveryBody = z.infer<typeof createDeliveryBody>;

import { z } from 'zod';
import { address, paymentTermsSchema } from './accounts.js';
import { currencyCode, decimalString, isoDate, isoDateTime, recordMeta, uuid } from './common.js';
import { discountPercent, documentCharge, documentLine, documentTotals, nonNegativeDecimal, quantityString } from './documents.js';

export const invoiceKinds = ['invoice', 'down_payment', 'credit_note'] as const;
export const invoiceStatuses = ['draft', 'issued', 'partially_paid', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export const paymentMethods = ['bank_transfer', 'card', 'cash', 'direct_debit', 'cheque', 'other'] as const;

const text = (max: number) => z.string().trim().max(max);

export const invoiceLine = documentLine.extend({
  orderLineId: uuid.nullable(),
  deductsInvoiceId: uuid.nullable().describe('A negative line that deducts this down-payment invoice'),
  creditsLineId: uuid.nullable().describe('For a credit-note line: the line of the credited invoice it corrects'),
  creditedQuantity: decimalString.describe('How much of this line credit notes have corrected so far (0 on a credit note itself)'),
});
export type InvoiceLine = z.infer<typeof invoiceLine>;

/** The issuer and the customer as they were when the invoice was issued (null on a draft). */
export const invoiceParties = z.object({
  issuer: z.object({ name: z.string(), taxIds: z.array(z.object({ scheme: z.string(), value: z.string() })) }),
  customer: z.object({ name: z.string(), legalName: z.string(), taxId: z.string(), address }),
});
export type InvoiceParties = z.infer<typeof invoiceParties>;

export const invoice = z.object({
  ...recordMeta,
  kind: z.enum(invoiceKinds),
  series: z.string().describe('INV for invoices and down payments, CN for credit notes'),
  number: z.string().nullable().describe('Gapless per series and fiscal year, given when issued, e.g. INV-2026-00042'),
  fiscalYear: z.number().int().nullable(),
  orderId: uuid,
  deliveryId: uuid.nullable(),
  downPaymentPercent: z.string().nullable(),
  creditedInvoiceId: uuid.nullable().describe('For a credit note: the invoice it corrects'),
  accountId: uuid,
  ownerId: uuid,
  currency: currencyCode,
  issueDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  paymentTerms: paymentTermsSchema,
  discountPercent: z.string(),
  notes: z.string(),
  creditReason: z.string().describe('For a credit note: why the invoice was corrected'),
  status: z.enum(invoiceStatuses),
  overdue: z.boolean().describe('Issued, not fully paid, and past its due date'),
  issuedAt: isoDateTime.nullable(),
  parties: invoiceParties.nullable(),
  lines: z.array(invoiceLine),
  charges: z.array(documentCharge),
  totals: documentTotals,
  amountPaid: decimalString,
  amountCredited: decimalString,
  amountDue: decimalString,
});
export type Invoice = z.infer<typeof invoice>;
export const invoiceSummary = invoice.omit({ lines: true, charges: true });
export type InvoiceSummary = z.infer<typeof invoiceSummary>;

/**
 * A draft invoice for a confirmed order: the whole order not yet invoiced, only what one delivery brought and was
 * not yet invoiced, or a down payment of a percentage of the order (deducted from the later invoices).
 */
export const createInvoiceBody = z
  .object({
    orderId: uuid,
    deliveryId: uuid.optional(),
    downPaymentPercent: discountPercent.refine((v) => Number(v) > 0, 'greater than 0').optional(),
    notes: text(5000).optional(),
  })
  .strict()
  .refine((b) => !(b.deliveryId && b.downPaymentPercent), { message: 'give deliveryId or downPaymentPercent, not both', path: ['downPaymentPercent'] });
export type CreateInvoiceBody = z.infer<typeof createInvoiceBody>;

/** Only a draft may be edited. */
export const updateInvoiceBody = z.object({ notes: text(5000), paymentTerms: paymentTermsSchema }).partial().strict();
export type UpdateInvoiceBody = z.infer<typeof updateInvoiceBody>;

export const issueInvoiceBody = z.object({ issueDate: isoDate.optional() }).strict();

/** Credits the whole invoice unless lines are given; the credit note is issued at once in the CN series. */
export const creditNoteBody = z
  .object({
    reason: z.string().trim().min(1).max(2000),
    lines: z.array(z.object({ invoiceLineId: uuid, quantity: quantityString }).strict()).min(1).max(500).optional(),
  })
  .strict();
export type CreditNoteBody = z.infer<typeof creditNoteBody>;

export const payment = z.object({
  ...recordMeta,
  invoiceId: uuid,
  accountId: uuid,
  ownerId: uuid,
  amount: decimalString,
  currency: currencyCode,
  paidOn: isoDate,
  method: z.enum(paymentMethods),
  reference: z.string(),
});
export type Payment = z.infer<typeof payment>;

export const createPaymentBody = z
  .object({
    invoiceId: uuid,
    amount: nonNegativeDecimal.refine((v) => Number(v) > 0, 'greater than 0'),
    paidOn: isoDate,
    method: z.enum(paymentMethods),
    reference: text(200).optional(),
  })
  .strict();
export type CreatePaymentBody = z.infer<typeof createPaymentBody>;

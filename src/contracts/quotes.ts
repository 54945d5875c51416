import { z } from 'zod';
import { paymentTermsSchema } from './accounts.js';
import { currencyCode, isoDate, isoDateTime, recordMeta, uuid } from './common.js';
import { discountPercent, documentCharge, documentChargeInput, documentLine, documentLineInput, documentTotals } from './documents.js';

export const quoteStatuses = ['draft', 'sent', 'accepted', 'rejected', 'expired', 'superseded'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

const text = (max: number) => z.string().trim().max(max);

export const quote = z.object({
  ...recordMeta,
  number: z.string().describe('Shared by every revision of the quote, e.g. Q-2026-0007'),
  revision: z.number().int().positive(),
  previousRevisionId: uuid.nullable(),
  supersededById: uuid.nullable(),
  opportunityId: uuid,
  accountId: uuid,
  contactId: uuid.nullable(),
  ownerId: uuid,
  priceListId: uuid.nullable(),
  currency: currencyCode,
  issueDate: isoDate,
  validUntil: isoDate,
  paymentTerms: paymentTermsSchema,
  deliveryTerms: z.string(),
  discountPercent: z.string(),
  notes: z.string(),
  status: z.enum(quoteStatuses),
  sentAt: isoDateTime.nullable(),
  decidedAt: isoDateTime.nullable().describe('When it was accepted, rejected or expired'),
  rejectionReason: z.string(),
  orderId: uuid.nullable().describe('The order an accepted quote became'),
  lines: z.array(documentLine),
  charges: z.array(documentCharge),
  totals: documentTotals,
});
export type Quote = z.infer<typeof quote>;

export const quoteSummary = quote.omit({ lines: true, charges: true });
export type QuoteSummary = z.infer<typeof quoteSummary>;

const quoteFields = z.object({
  opportunityId: uuid,
  contactId: uuid.nullable(),
  priceListId: uuid.nullable().describe('Where product lines take their unit price; defaults to the default list in the quote currency'),
  currency: currencyCode,
  validUntil: isoDate,
  paymentTerms: paymentTermsSchema,
  deliveryTerms: text(2000),
  discountPercent,
  notes: text(10_000),
  lines: z.array(documentLineInput).max(500),
  charges: z.array(documentChargeInput).max(50),
});

/**
 * Currency defaults to the opportunity's, payment terms to the account's, validity to 30 days.
 * A line with a productId takes its description, unit, price (from the price list) and tax rate from the product unless given.
 */
export const createQuoteBody = quoteFields.partial().required({ opportunityId: true }).strict();
export type CreateQuoteBody = z.infer<typeof createQuoteBody>;
/** Only a draft may be edited; lines and charges, when given, replace the whole list. */
export const updateQuoteBody = quoteFields.omit({ opportunityId: true }).partial().strict();
export type UpdateQuoteBody = z.infer<typeof updateQuoteBody>;

export const rejectQuoteBody = z.object({ reason: text(2000).optional() }).strict();
/** Changes to the copy can be sent with the revise action itself or PATCHed on the new draft. */
export const reviseQuoteBody = updateQuoteBody;

import { z } from 'zod';
import { paymentTermsSchema } from './accounts.js';
import { currencyCode, decimalString, isoDateTime, uuid } from './common.js';

export const creditRatings = ['A', 'B', 'C', 'D'] as const;
export const creditConditions = ['minWonRevenue', 'maxLatePaymentPercent', 'maxCreditUsePercent', 'maxOverdueAmount'] as const;

/**
 * One rule of the credit policy. Rules are tried in order; the first whose every condition holds gives the
 * rating and the payment terms it allows. The last rule should have no conditions (the fallback).
 */
export const creditRule = z
  .object({
    rating: z.enum(creditRatings),
    minWonRevenue: decimalString.nullable().describe('Revenue won from the account, in the base currency, at least'),
    maxLatePaymentPercent: decimalString.nullable().describe('Share of paid invoices paid after their due date, at most'),
    maxCreditUsePercent: decimalString.nullable().describe('Open balance (with the order being checked) over the credit limit, at most'),
    maxOverdueAmount: decimalString.nullable().describe('Overdue balance in the base currency, at most'),
    allowedTerms: z.array(paymentTermsSchema).min(1),
  })
  .strict();
export type CreditRule = z.infer<typeof creditRule>;

export const creditPolicy = z.object({ version: z.number().int().positive(), rules: z.array(creditRule).min(1).max(10) });
export type CreditPolicy = z.infer<typeof creditPolicy>;
export const updateCreditPolicyBody = z.object({ rules: z.array(creditRule).min(1).max(10) }).strict();

/** GET /accounts/{id}/credit: the amount about to be committed (a quote or order total), in its currency (default: the account's). */
export const accountCreditQuery = z
  .object({ amount: decimalString.refine((v) => !v.startsWith('-'), 'not negative').optional(), currency: currencyCode.optional() })
  .strict();
export type AccountCreditQuery = z.infer<typeof accountCreditQuery>;

export const creditAssessment = z.object({
  accountId: uuid,
  currency: currencyCode.describe("The organisation's base currency: every amount below is in it"),
  wonRevenue: decimalString,
  invoicedRevenue: decimalString,
  invoicesPaidOnTime: z.number().int(),
  invoicesPaidLate: z.number().int(),
  latePaymentPercent: decimalString,
  openBalance: decimalString,
  overdueBalance: decimalString,
  pendingAmount: decimalString.describe('The amount being checked (an order not yet invoiced), counted in the credit use'),
  creditLimit: decimalString.nullable(),
  creditUsePercent: decimalString.nullable(),
  rating: z.enum(creditRatings),
  allowedTerms: z.array(paymentTermsSchema),
  checks: z
    .array(z.object({ rating: z.enum(creditRatings), condition: z.enum(creditConditions), limit: decimalString, actual: decimalString.nullable(), met: z.boolean() }))
    .describe('Each condition of the rules tried, in order, up to the one that gave the rating'),
  assessedAt: isoDateTime,
});
export type CreditAssessment = z.infer<typeof creditAssessment>;

import { z } from 'zod';
import { currencyCode, decimalString, nameText, uuid } from './common.js';
import { taxPercent } from './catalog.js';

/** A positive quantity as a decimal string with at most 4 decimals ("2", "0.5"). */
export const quantityString = decimalString.refine((v) => Number(v) > 0, 'greater than 0');
/** A non-negative decimal string: unit prices and charge amounts. */
export const nonNegativeDecimal = decimalString.refine((v) => !v.startsWith('-'), 'not negative');
/** A discount in percent, 0 to 100, as a decimal string. */
export const discountPercent = decimalString.refine((v) => Number(v) >= 0 && Number(v) <= 100, 'between 0 and 100');

/** A priced line of a quote, order or invoice. netAmount = quantity × unitPrice − line discount, rounded to the currency. */
export const documentLine = z.object({
  id: uuid,
  position: z.number().int(),
  productId: uuid.nullable(),
  sku: z.string().nullable(),
  description: z.string(),
  quantity: decimalString,
  unit: z.string(),
  unitPrice: decimalString,
  discountPercent: decimalString,
  taxRate: decimalString.describe('Tax rate in percent'),
  netAmount: decimalString,
});
export type DocumentLine = z.infer<typeof documentLine>;

/** An extra charge (shipping, installation) at document level; it joins its tax rate's base. */
export const documentCharge = z.object({
  id: uuid,
  description: z.string(),
  amount: decimalString,
  taxRate: decimalString,
});
export type DocumentCharge = z.infer<typeof documentCharge>;

export const taxBreakdown = z.object({ rate: decimalString, base: decimalString, amount: decimalString });
export type TaxBreakdown = z.infer<typeof taxBreakdown>;

/**
 * Totals by EN 16931: net = Σ line nets; discount = the document discount on each tax rate's sum of line
 * nets; charges = Σ charges; taxBase = net − discount + charges; tax per rate on its base; total = taxBase + Σ tax.
 * Amounts in the document's currency.
 */
export const documentTotals = z.object({
  currency: currencyCode,
  net: decimalString,
  discount: decimalString,
  charges: decimalString,
  taxBase: decimalString,
  tax: z.array(taxBreakdown),
  total: decimalString,
});
export type DocumentTotals = z.infer<typeof documentTotals>;

/** A line as the caller sends it: from a product (description, unit price and tax rate default from it) or free text. */
export const documentLineInput = z
  .object({
    productId: uuid.optional(),
    description: z.string().trim().min(1).max(2000).optional(),
    quantity: quantityString,
    unit: z.string().trim().min(1).max(16).optional(),
    unitPrice: nonNegativeDecimal.optional(),
    discountPercent: discountPercent.optional(),
    taxRate: taxPercent.optional(),
  })
  .strict();
export type DocumentLineInput = z.infer<typeof documentLineInput>;

export const documentChargeInput = z
  .object({ description: nameText(500), amount: nonNegativeDecimal, taxRate: taxPercent })
  .strict();
export type DocumentChargeInput = z.infer<typeof documentChargeInput>;

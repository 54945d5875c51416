import { z } from 'zod';
import { currencyCode, decimalString, isoDate, money, nameText, recordMeta, uuid } from './common.js';

export const productKinds = ['product', 'service'] as const;

const text = (max: number) => z.string().trim().max(max);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as ES');

/** A tax rate in percent: 0 to 100 with at most 3 decimals, as a string ("21", "10.5"). */
export const taxPercent = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3})?$/, 'a percentage as a string with at most 3 decimals, e.g. "21"')
  .refine((v) => Number(v) <= 100, 'between 0 and 100');

/** How many units of the base currency one unit of a currency is worth: positive, up to 10 decimals. */
export const exchangeRateValue = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,10})?$/, 'a positive decimal number as a string with at most 10 decimals, e.g. "0.9215"')
  .refine((v) => /[1-9]/.test(v), 'must be greater than 0');

// ---- tax rates

export const taxRate = z.object({
  ...recordMeta,
  name: z.string(),
  rate: taxPercent,
  country: countryCode.nullable(),
  isDefault: z.boolean().describe('The rate new products get unless they name one; one per organisation'),
});
export type TaxRate = z.infer<typeof taxRate>;

const taxRateFields = z.object({
  name: nameText(100),
  rate: taxPercent,
  country: countryCode.nullable(),
  isDefault: z.boolean(),
});
/** The first active tax rate of an organisation becomes its default whatever isDefault says. */
export const createTaxRateBody = taxRateFields.partial().required({ name: true, rate: true }).strict();
export type CreateTaxRateBody = z.infer<typeof createTaxRateBody>;
export const updateTaxRateBody = taxRateFields.partial().strict();
export type UpdateTaxRateBody = z.infer<typeof updateTaxRateBody>;

// ---- products

export const skuText = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._/#+-]+$/u, 'letters, digits and . _ / # + - only, no spaces');
export const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .regex(/^[\p{L}\p{N}._/-]+$/u, 'a short unit code such as unit, hour, kg, m or box');

export const product = z.object({
  ...recordMeta,
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(productKinds),
  unit: z.string(),
  category: z.string(),
  taxRateId: uuid,
});
export type Product = z.infer<typeof product>;

export const productPrice = z.object({
  priceListId: uuid,
  priceListName: z.string(),
  currency: currencyCode,
  unitPrice: money,
});
export type ProductPrice = z.infer<typeof productPrice>;

/** A product as GET /products/{id} shows it: with its prices in the active price lists, the default list first. */
export const productDetail = product.extend({ prices: z.array(productPrice) });
export type ProductDetail = z.infer<typeof productDetail>;

const productFields = z.object({
  sku: skuText,
  name: nameText(),
  description: text(10_000),
  kind: z.enum(productKinds),
  unit: unitCode,
  category: text(100),
  taxRateId: uuid,
});
/** sku and name are required; kind defaults to product, unit to "unit", the tax rate to the organisation's default. */
export const createProductBody = productFields.partial().required({ sku: true, name: true }).strict();
export type CreateProductBody = z.infer<typeof createProductBody>;
export const updateProductBody = productFields.partial().strict();
export type UpdateProductBody = z.infer<typeof updateProductBody>;

// ---- price lists and prices

export const priceList = z.object({
  ...recordMeta,
  name: z.string(),
  currency: currencyCode,
  isDefault: z.boolean().describe('The list quotes price from unless they name one; one per organisation'),
});
export type PriceList = z.infer<typeof priceList>;

const priceListFields = z.object({ name: nameText(100), currency: currencyCode, isDefault: z.boolean() });
/** The currency defaults to the organisation's base currency; the first active list becomes the default. */
export const createPriceListBody = priceListFields.partial().required({ name: true }).strict();
export type CreatePriceListBody = z.infer<typeof createPriceListBody>;
/** The currency can change only while the list has no prices. */
export const updatePriceListBody = priceListFields.partial().strict();
export type UpdatePriceListBody = z.infer<typeof updatePriceListBody>;

export const listPrice = z.object({ productId: uuid, sku: z.string(), productName: z.string(), unitPrice: money });
export type ListPrice = z.infer<typeof listPrice>;

/** The amount in the list's currency: not negative, no more decimals than the currency's minor unit. */
export const setPriceBody = z.object({ unitPrice: decimalString }).strict();
export type SetPriceBody = z.infer<typeof setPriceBody>;

export const priceParams = z.object({ id: uuid, productId: uuid });

// ---- exchange rates

export const exchangeRate = z.object({
  ...recordMeta,
  currency: currencyCode,
  baseCurrency: currencyCode.describe('The organisation’s base currency when the rate was entered; only rates into the current base currency are used'),
  rate: exchangeRateValue.describe('1 unit of currency = rate units of the base currency'),
  validFrom: isoDate.describe('The rate applies on this day and after, until a later rate starts'),
});
export type ExchangeRate = z.infer<typeof exchangeRate>;

export const createExchangeRateBody = z.object({ currency: currencyCode, rate: exchangeRateValue, validFrom: isoDate }).strict();
export type CreateExchangeRateBody = z.infer<typeof createExchangeRateBody>;

export const convertQuery = z.object({ amount: decimalString, currency: currencyCode, date: isoDate }).strict();

export const conversion = z.object({
  from: money,
  to: money.describe('In the base currency, rounded half away from zero to its minor unit'),
  rate: exchangeRateValue,
  rateValidFrom: isoDate.nullable().describe('The day the rate used took effect; null when no conversion was needed'),
});
export type Conversion = z.infer<typeof conversion>;

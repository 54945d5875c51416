import type { ExchangeRate, ListPrice, PriceList, Product, ProductDetail, TaxRate } from '../../../contracts/catalog.js';
import { formatAmount } from '../../kernel/money.js';
import { recordMetaDto } from '../../platform/db/rows.js';
import { plainDecimal } from './domain/catalog-rules.js';
import type { ExchangeRateRow } from './exchange-rates.repository.js';
import type { PriceListRow } from './price-lists.repository.js';
import type { PriceRow } from './prices.repository.js';
import type { ProductRow } from './products.repository.js';
import type { TaxRateRow } from './tax-rates.repository.js';

export const taxRateDto = (r: TaxRateRow): TaxRate => ({
  ...recordMetaDto(r),
  name: r.name,
  rate: plainDecimal(r.rate),
  country: r.country,
  isDefault: r.isDefault,
});

export const productDto = (r: ProductRow): Product => ({
  ...recordMetaDto(r),
  sku: r.sku,
  name: r.name,
  description: r.description,
  kind: r.kind,
  unit: r.unit,
  category: r.category,
  taxRateId: r.taxRateId,
});

export type ProductPriceRow = { priceListId: string; priceListName: string; currency: string; unitPrice: string };

export const productDetailDto = (r: ProductRow, prices: ProductPriceRow[]): ProductDetail => ({
  ...productDto(r),
  prices: prices.map((p) => ({ ...p, unitPrice: { amount: formatAmount(p.unitPrice, p.currency), currency: p.currency } })),
});

export const priceListDto = (r: PriceListRow): PriceList => ({ ...recordMetaDto(r), name: r.name, currency: r.currency, isDefault: r.isDefault });

export const listPriceDto = (r: { productId: string; sku: string; productName: string; unitPrice: string }, currency: string): ListPrice => ({
  productId: r.productId,
  sku: r.sku,
  productName: r.productName,
  unitPrice: { amount: formatAmount(r.unitPrice, currency), currency },
});

export const exchangeRateDto = (r: ExchangeRateRow): ExchangeRate => ({
  ...recordMetaDto(r),
  currency: r.currency,
  baseCurrency: r.baseCurrency,
  rate: plainDecimal(r.rate),
  validFrom: r.validFrom,
});

// What the audit trail compares: the stored row with numbers as the API shows them ("21", not "21.000").
export const auditableTaxRate = (r: TaxRateRow): Record<string, unknown> => ({ ...r, rate: plainDecimal(r.rate) });
export const auditableProduct = (r: ProductRow): Record<string, unknown> => ({ ...r });
export const auditablePriceList = (r: PriceListRow): Record<string, unknown> => ({ ...r });
export const auditableExchangeRate = (r: ExchangeRateRow): Record<string, unknown> => ({ ...r, rate: plainDecimal(r.rate) });

/** A price on record names its list, product and SKU, so the entry reads on its own. */
export function auditablePrice(r: PriceRow, context: { sku: string; currency: string }): Record<string, unknown> {
  return { ...r, sku: context.sku, unitPrice: formatAmount(r.unitPrice, context.currency), currency: context.currency };
}

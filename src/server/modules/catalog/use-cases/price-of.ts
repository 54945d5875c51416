import { invalidField } from '../../../kernel/errors.js';
import { formatAmount } from '../../../kernel/money.js';
import type { Ctx } from '../../../platform/context.js';
import { plainDecimal } from '../domain/catalog-rules.js';
import { findDefaultPriceList, findPriceList } from '../price-lists.repository.js';
import { findPrice } from '../prices.repository.js';
import { findProduct } from '../products.repository.js';
import { findTaxRate } from '../tax-rates.repository.js';

export type CatalogPrice = {
  productId: string;
  priceListId: string;
  /** In the list's currency, with its minor digits ("12.50"). */
  unitPrice: string;
  currency: string;
  /** The product's tax rate, archived or not: a quote copies the percentage it had when priced. */
  taxRate: { id: string; name: string; rate: string };
};

/** Where errors point: a quote line names its own fields (e.g. lines.2.productId). */
export type PricePaths = { productId?: string; priceListId?: string };

/**
 * What an active product costs in the given price list, or in the organisation's default list, with
 * its tax rate. Anything missing — product, list, or a price in it — is a validation error (422).
 */
export async function priceOf(ctx: Pick<Ctx, 'tx'>, productId: string, priceListId?: string | null, paths: PricePaths = {}): Promise<CatalogPrice> {
  const productPath = paths.productId ?? 'productId';
  const listPath = paths.priceListId ?? 'priceListId';
  const product = await findProduct(ctx.tx, productId);
  if (!product || product.archivedAt) throw invalidField(productPath, 'no active product with this id');
  const list = priceListId ? await findPriceList(ctx.tx, priceListId) : await findDefaultPriceList(ctx.tx);
  if (!list || list.archivedAt) throw invalidField(listPath, priceListId ? 'no active price list with this id' : 'the organisation has no default price list');
  const price = await findPrice(ctx.tx, list.id, product.id);
  if (!price || price.archivedAt) throw invalidField(productPath, `${product.sku} has no price in the price list "${list.name}"`);
  const taxRate = (await findTaxRate(ctx.tx, product.taxRateId))!;
  return {
    productId: product.id,
    priceListId: list.id,
    unitPrice: formatAmount(price.unitPrice, list.currency),
    currency: list.currency,
    taxRate: { id: taxRate.id, name: taxRate.name, rate: plainDecimal(taxRate.rate) },
  };
}

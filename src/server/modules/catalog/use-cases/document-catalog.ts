import type { PriceList } from '../../../../contracts/catalog.js';
import { invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { plainDecimal } from '../domain/catalog-rules.js';
import { priceListDto } from '../dto.js';
import { findPriceList } from '../price-lists.repository.js';
import { findProduct } from '../products.repository.js';
import { findTaxRate } from '../tax-rates.repository.js';

/** What a document line copies from a product: documents keep what they said, so these are copied, not referenced. */
export type LineProduct = { id: string; sku: string; name: string; unit: string; taxRate: string };

/** An active product as a quote or order line takes it, with its tax rate in percent ("21"); 422 at `path` otherwise. */
export async function productForLine(ctx: Pick<Ctx, 'tx'>, productId: string, path = 'productId'): Promise<LineProduct> {
  const product = await findProduct(ctx.tx, productId);
  if (!product || product.archivedAt) throw invalidField(path, 'no active product with this id');
  const taxRate = (await findTaxRate(ctx.tx, product.taxRateId))!;
  return { id: product.id, sku: product.sku, name: product.name, unit: product.unit, taxRate: plainDecimal(taxRate.rate) };
}

/** The price list if it exists and is active; undefined otherwise. */
export async function findActivePriceList(ctx: Pick<Ctx, 'tx'>, id: string): Promise<PriceList | undefined> {
  const row = await findPriceList(ctx.tx, id);
  return row && !row.archivedAt ? priceListDto(row) : undefined;
}

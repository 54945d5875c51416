import type { ProductDetail } from '../../../../contracts/catalog.js';
import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { productDetailDto } from '../dto.js';
import { pricesOfProduct } from '../prices.repository.js';
import { findProduct } from '../products.repository.js';

/** A product (archived ones included) with its prices in the active price lists; not_found (404) otherwise. */
export async function getProduct(ctx: Pick<Ctx, 'tx'>, id: string): Promise<ProductDetail> {
  const row = await findProduct(ctx.tx, id);
  if (!row) throw notFound('Product');
  return productDetailDto(row, await pricesOfProduct(ctx.tx, id));
}

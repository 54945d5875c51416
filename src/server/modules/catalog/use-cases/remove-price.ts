import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditablePrice } from '../dto.js';
import { findPriceList } from '../price-lists.repository.js';
import { findPrice, updatePrice } from '../prices.repository.js';
import { findProduct } from '../products.repository.js';

/** Takes a product out of a price list. The row is archived, not deleted: the price stays on record. */
export async function removePrice(ctx: Ctx, priceListId: string, productId: string): Promise<void> {
  const list = await findPriceList(ctx.tx, priceListId, { lock: 'share' });
  if (!list) throw notFound('Price list');
  if (list.archivedAt) throw new AppError('invalid_state', 'The price list is archived; its prices cannot change.');
  const product = await findProduct(ctx.tx, productId);
  if (!product) throw notFound('Product');
  const before = await findPrice(ctx.tx, priceListId, productId, { forUpdate: true });
  if (!before) throw new AppError('not_found', 'The product has no price in this list.');
  if (before.archivedAt) return;
  const after = await updatePrice(ctx.tx, before.id, { archivedAt: ctx.clock.now() });
  const context = { sku: product.sku, currency: list.currency };
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'product-prices', entityId: before.id, action: 'archive', before: auditablePrice(before, context), after: auditablePrice(after, context) });
}

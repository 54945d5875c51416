import type { ListPrice } from '../../../../contracts/catalog.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { unitPriceAmount } from '../domain/catalog-rules.js';
import { auditablePrice, listPriceDto } from '../dto.js';
import { findPriceList } from '../price-lists.repository.js';
import { findPrice, insertPrice, updatePrice, type PriceRow } from '../prices.repository.js';
import { findProduct } from '../products.repository.js';

/**
 * Sets a product's price in a list (PUT): creates it, changes it, or brings back a removed one.
 * `created` tells whether the product had no price in the list before.
 */
export async function setPrice(ctx: Ctx, priceListId: string, productId: string, unitPrice: string): Promise<{ price: ListPrice; created: boolean }> {
  const list = await findPriceList(ctx.tx, priceListId, { lock: 'share' });
  if (!list) throw notFound('Price list');
  if (list.archivedAt) throw new AppError('invalid_state', 'The price list is archived; its prices cannot change.');
  const product = await findProduct(ctx.tx, productId);
  if (!product) throw notFound('Product');
  if (product.archivedAt) throw new AppError('invalid_state', 'The product is archived; it cannot get new prices.');
  const amount = unitPriceAmount(unitPrice, list.currency);
  const context = { sku: product.sku, currency: list.currency };

  // Insert first: when a concurrent request created the row meanwhile, fall through to changing it.
  const inserted = await insertPrice(ctx.tx, { orgId: ctx.actor.orgId, priceListId, productId, unitPrice: amount, createdBy: ctx.actor.userId });
  let after: PriceRow;
  let created: boolean;
  if (inserted) {
    after = inserted;
    created = true;
    await recordAudit(ctx.tx, ctx.actor, { entityType: 'product-prices', entityId: after.id, action: 'create', after: auditablePrice(after, context) });
  } else {
    const before = (await findPrice(ctx.tx, priceListId, productId, { forUpdate: true }))!;
    after = await updatePrice(ctx.tx, before.id, { unitPrice: amount, archivedAt: null });
    created = before.archivedAt !== null;
    await recordAudit(ctx.tx, ctx.actor, { entityType: 'product-prices', entityId: after.id, action: 'update', before: auditablePrice(before, context), after: auditablePrice(after, context) });
  }
  return { price: listPriceDto({ productId, sku: product.sku, productName: product.name, unitPrice: after.unitPrice }, list.currency), created };
}

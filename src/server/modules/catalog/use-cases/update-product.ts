import type { ProductDetail, UpdateProductBody } from '../../../../contracts/catalog.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditableProduct, productDetailDto } from '../dto.js';
import { pricesOfProduct } from '../prices.repository.js';
import { findProduct, updateProduct as saveProduct } from '../products.repository.js';
import { assertActiveTaxRate, assertSkuFree } from './references.js';

export async function updateProduct(ctx: Ctx, id: string, input: UpdateProductBody, expectedVersion?: number): Promise<ProductDetail> {
  const before = await findProduct(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Product');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The product is archived; archived records cannot be changed.');
  // Keeping an archived tax rate is allowed; moving to one is not.
  if (input.taxRateId !== undefined && input.taxRateId !== before.taxRateId) await assertActiveTaxRate(ctx.tx, input.taxRateId);
  if (input.sku !== undefined) await assertSkuFree(ctx.tx, input.sku, id);
  const after = await saveProduct(ctx.tx, id, input);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'products', entityId: id, action: 'update', before: auditableProduct(before), after: auditableProduct(after) });
  return productDetailDto(after, await pricesOfProduct(ctx.tx, id));
}

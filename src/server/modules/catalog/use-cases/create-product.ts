import type { CreateProductBody, ProductDetail } from '../../../../contracts/catalog.js';
import { invalidField } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditableProduct, productDetailDto } from '../dto.js';
import { insertProduct } from '../products.repository.js';
import { findDefaultTaxRate } from '../tax-rates.repository.js';
import { assertActiveTaxRate, assertSkuFree } from './references.js';

/** A new product or service; without a tax rate it takes the organisation's default. It has no prices yet. */
export async function createProduct(ctx: Ctx, input: CreateProductBody): Promise<ProductDetail> {
  const taxRate = input.taxRateId ? await assertActiveTaxRate(ctx.tx, input.taxRateId) : await findDefaultTaxRate(ctx.tx);
  if (!taxRate) throw invalidField('taxRateId', 'the organisation has no default tax rate; name one');
  await assertSkuFree(ctx.tx, input.sku);
  const row = await insertProduct(ctx.tx, {
    orgId: ctx.actor.orgId,
    sku: input.sku,
    name: input.name,
    description: input.description ?? '',
    kind: input.kind ?? 'product',
    unit: input.unit ?? 'unit',
    category: input.category ?? '',
    taxRateId: taxRate.id,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'products', entityId: row.id, action: 'create', after: auditableProduct(row) });
  return productDetailDto(row, []);
}

import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditableProduct } from '../dto.js';
import { findProduct, updateProduct } from '../products.repository.js';

/** An archived product frees its SKU and leaves the lists; its prices stay on record but are no longer quoted. */
export async function archiveProduct(ctx: Ctx, id: string): Promise<void> {
  const before = await findProduct(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Product');
  if (before.archivedAt) return;
  const after = await updateProduct(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'products', entityId: id, action: 'archive', before: auditableProduct(before), after: auditableProduct(after) });
}

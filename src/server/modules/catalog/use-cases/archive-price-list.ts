import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditablePriceList } from '../dto.js';
import { findPriceList, updatePriceList } from '../price-lists.repository.js';

/** An archived list keeps its prices on record; quotes no longer price from it. */
export async function archivePriceList(ctx: Ctx, id: string): Promise<void> {
  const before = await findPriceList(ctx.tx, id, { lock: 'update' });
  if (!before) throw notFound('Price list');
  if (before.archivedAt) return;
  if (before.isDefault) throw new AppError('conflict', 'The default price list cannot be archived; make another one the default first.');
  const after = await updatePriceList(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'price-lists', entityId: id, action: 'archive', before: auditablePriceList(before), after: auditablePriceList(after) });
}

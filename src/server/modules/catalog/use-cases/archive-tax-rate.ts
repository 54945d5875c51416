import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditableTaxRate } from '../dto.js';
import { findTaxRate, updateTaxRate } from '../tax-rates.repository.js';

/** An archived rate stays on the products and quotes that use it; it is no longer offered for new ones. */
export async function archiveTaxRate(ctx: Ctx, id: string): Promise<void> {
  const before = await findTaxRate(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Tax rate');
  if (before.archivedAt) return;
  if (before.isDefault) throw new AppError('conflict', 'The default tax rate cannot be archived; make another one the default first.');
  const after = await updateTaxRate(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tax-rates', entityId: id, action: 'archive', before: auditableTaxRate(before), after: auditableTaxRate(after) });
}

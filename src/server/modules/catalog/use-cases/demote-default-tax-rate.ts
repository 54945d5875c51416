import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { clearDefaultTaxRate } from '../tax-rates.repository.js';

/** One default tax rate per organisation: the current default gives the role up, on record. */
export async function demoteDefaultTaxRate(ctx: Ctx): Promise<void> {
  for (const previous of await clearDefaultTaxRate(ctx.tx)) {
    await recordAudit(ctx.tx, ctx.actor, { entityType: 'tax-rates', entityId: previous, action: 'update', changes: { isDefault: { before: true, after: false } } });
  }
}

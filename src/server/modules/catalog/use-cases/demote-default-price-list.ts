import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { clearDefaultPriceList } from '../price-lists.repository.js';

/** One default price list per organisation: the current default gives the role up, on record. */
export async function demoteDefaultPriceList(ctx: Ctx): Promise<void> {
  for (const previous of await clearDefaultPriceList(ctx.tx)) {
    await recordAudit(ctx.tx, ctx.actor, { entityType: 'price-lists', entityId: previous, action: 'update', changes: { isDefault: { before: true, after: false } } });
  }
}

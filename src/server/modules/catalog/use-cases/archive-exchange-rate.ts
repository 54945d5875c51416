import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditableExchangeRate } from '../dto.js';
import { findExchangeRate, updateExchangeRate } from '../exchange-rates.repository.js';

/** A rate is a dated fact: it is corrected by archiving it and entering the right one. */
export async function archiveExchangeRate(ctx: Ctx, id: string): Promise<void> {
  const before = await findExchangeRate(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Exchange rate');
  if (before.archivedAt) return;
  const after = await updateExchangeRate(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'exchange-rates', entityId: id, action: 'archive', before: auditableExchangeRate(before), after: auditableExchangeRate(after) });
}

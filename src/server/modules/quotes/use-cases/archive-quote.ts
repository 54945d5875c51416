import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertAllowed, effectiveStatus } from '../domain/quote-rules.js';
import { findQuote, updateQuoteRow } from '../quotes.repository.js';
import { todayOf } from './load.js';

/** Archives a quote nobody is waiting on: a draft, or a superseded, rejected or expired round. Sent and accepted quotes stay. */
export async function archiveQuote(ctx: Ctx, id: string): Promise<void> {
  const before = await findQuote(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!before) throw notFound('Quote');
  if (before.archivedAt) return;
  assertAllowed(effectiveStatus(before.status, before.validUntil, todayOf(ctx)), 'archive');
  const at = ctx.clock.now();
  await updateQuoteRow(ctx.tx, id, { archivedAt: at });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'quotes', entityId: id, action: 'archive', changes: { archivedAt: { before: null, after: at.toISOString() } } });
}

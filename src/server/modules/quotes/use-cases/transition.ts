import type { Quote } from '../../../../contracts/quotes.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAllowed, effectiveStatus, type QuoteCommand } from '../domain/quote-rules.js';
import { auditableQuote } from '../dto.js';
import { updateQuoteRow, type QuoteRow } from '../quotes.repository.js';
import { loadQuote, readQuote, reloadQuote, todayOf } from './load.js';

type Changes = Partial<Omit<QuoteRow, 'id' | 'orgId' | 'version' | 'createdAt' | 'updatedAt'>>;

/**
 * Moves a visible quote to another state: checks If-Match and that its state allows the command (409
 * naming the state), writes what `change` answers and the audit row. Only the latest round of a
 * negotiation moves on.
 */
export async function transitionQuote(
  ctx: Ctx,
  id: string,
  command: QuoteCommand,
  expectedVersion: number | undefined,
  change: (quote: Quote) => Promise<Changes> | Changes,
): Promise<Quote> {
  const row = await loadQuote(ctx, id);
  assertVersion(row.version, expectedVersion);
  assertAllowed(effectiveStatus(row.status, row.validUntil, todayOf(ctx)), command);
  if (row.supersededById) throw new AppError('invalid_state', 'A later revision of this quote exists; only the latest can move on.', { extra: { state: 'superseded' } });
  const before = await readQuote(ctx, row);
  await updateQuoteRow(ctx.tx, id, await change(before));
  const after = await reloadQuote(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'quotes', entityId: id, action: 'transition', before: auditableQuote(before), after: auditableQuote(after) });
  return after;
}

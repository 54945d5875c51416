import type { UpdateQuoteBody } from '../../../../contracts/quotes.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAllowed, effectiveStatus } from '../domain/quote-rules.js';
import { auditableQuote } from '../dto.js';
import { chargesOf, linesOf, replaceCharges, replaceLines, updateQuoteRow } from '../quotes.repository.js';
import { chargeRowValues, composeQuote, lineValues, totalColumns } from './compose-quote.js';
import { loadQuote, readQuote, reloadQuote, todayOf } from './load.js';

/** Changes a draft; lines and charges, when given, replace the whole lists. */
export async function updateQuote(ctx: Ctx, id: string, input: UpdateQuoteBody, expectedVersion?: number) {
  const row = await loadQuote(ctx, id);
  assertVersion(row.version, expectedVersion);
  assertAllowed(effectiveStatus(row.status, row.validUntil, todayOf(ctx)), 'edit');
  const before = await readQuote(ctx, row);
  const content = await composeQuote(
    ctx,
    { ...row, lines: lineValues(await linesOf(ctx.tx, [id])), charges: chargeRowValues(await chargesOf(ctx.tx, [id])) },
    input,
  );
  const { lines, charges, totals, linesChanged, chargesChanged, ...fields } = content;
  await updateQuoteRow(ctx.tx, id, { ...fields, ...totalColumns(totals) });
  if (linesChanged) await replaceLines(ctx.tx, ctx.actor.orgId, id, lines);
  if (chargesChanged) await replaceCharges(ctx.tx, ctx.actor.orgId, id, charges);
  const after = await reloadQuote(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'quotes', entityId: id, action: 'update', before: auditableQuote(before), after: auditableQuote(after) });
  return after;
}

import type { UpdateQuoteBody } from '../../../../contracts/quotes.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { addDays, assertAllowed, daysBetween, effectiveStatus } from '../domain/quote-rules.js';
import { auditableQuote } from '../dto.js';
import { chargesOf, insertQuote, linesOf, replaceCharges, replaceLines, updateQuoteRow } from '../quotes.repository.js';
import { chargeRowValues, composeQuote, lineValues, totalColumns } from './compose-quote.js';
import { loadQuote, readQuote, reloadQuote, todayOf } from './load.js';

/**
 * The next round of a negotiation: a draft copy of the latest revision (number kept, revision n+1),
 * issued today for as many days as the previous round, with the body's changes applied. The previous
 * round is superseded and stays on record.
 */
export async function reviseQuote(ctx: Ctx, id: string, changes: UpdateQuoteBody, expectedVersion?: number) {
  const row = await loadQuote(ctx, id);
  assertVersion(row.version, expectedVersion);
  const today = todayOf(ctx);
  assertAllowed(effectiveStatus(row.status, row.validUntil, today), 'revise');
  if (row.supersededById) throw new AppError('invalid_state', 'A later revision of this quote exists; revise the latest.', { extra: { state: 'superseded' } });
  const before = await readQuote(ctx, row);
  const content = await composeQuote(
    ctx,
    {
      ...row,
      issueDate: today,
      validUntil: addDays(today, Math.max(daysBetween(row.issueDate, row.validUntil), 0)),
      lines: lineValues(await linesOf(ctx.tx, [id])),
      charges: chargeRowValues(await chargesOf(ctx.tx, [id])),
    },
    changes,
  );
  const { lines, charges, totals, linesChanged: _l, chargesChanged: _c, ...fields } = content;
  const revisionId = await insertQuote(ctx.tx, {
    ...fields,
    ...totalColumns(totals),
    orgId: ctx.actor.orgId,
    ownerId: row.ownerId,
    number: row.number,
    revision: row.revision + 1,
    previousRevisionId: row.id,
    opportunityId: row.opportunityId,
    accountId: row.accountId,
    issueDate: today,
    createdBy: ctx.actor.userId,
  });
  await replaceLines(ctx.tx, ctx.actor.orgId, revisionId, lines);
  await replaceCharges(ctx.tx, ctx.actor.orgId, revisionId, charges);
  await updateQuoteRow(ctx.tx, id, { status: 'superseded', supersededById: revisionId });

  const superseded = await reloadQuote(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'quotes', entityId: id, action: 'transition', before: auditableQuote(before), after: auditableQuote(superseded) });
  const revision = await reloadQuote(ctx, revisionId);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'quotes', entityId: revisionId, action: 'create', after: auditableQuote(revision) });
  return revision;
}

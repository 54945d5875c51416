import type { CreateQuoteBody } from '../../../../contracts/quotes.js';
import { AppError, invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { nextNumber } from '../../../platform/numbering/next-number.js';
import { findVisibleAccount } from '../../accounts/index.js';
import { findVisibleOpportunity } from '../../opportunities/index.js';
import { addDays, defaultValidityDays, numberSeries } from '../domain/quote-rules.js';
import { auditableQuote } from '../dto.js';
import { insertQuote, replaceCharges, replaceLines } from '../quotes.repository.js';
import { composeQuote, defaultPriceListFor, totalColumns } from './compose-quote.js';
import { reloadQuote, todayOf } from './load.js';

/**
 * Revision 1 of a new quote for an open opportunity the actor can see. Account, owner and contact
 * come from the opportunity; currency from its amount, payment terms from the account, validity
 * 30 days from today unless given.
 */
export async function createQuote(ctx: Ctx, input: CreateQuoteBody) {
  const opportunity = await findVisibleOpportunity(ctx, input.opportunityId);
  if (!opportunity || opportunity.archivedAt) throw invalidField('opportunityId', 'no opportunity you can see with this id');
  if (opportunity.status !== 'open') {
    throw new AppError('invalid_state', `The opportunity is ${opportunity.status}; quotes are made for open opportunities.`, { extra: { state: opportunity.status } });
  }
  const issueDate = todayOf(ctx);
  const account = await findVisibleAccount(ctx, opportunity.accountId);
  const { opportunityId: _opportunity, ...changes } = input;
  const content = await composeQuote(
    ctx,
    {
      accountId: opportunity.accountId,
      issueDate,
      contactId: opportunity.contactId,
      priceListId: await defaultPriceListFor(ctx, opportunity.currency),
      currency: opportunity.currency,
      validUntil: addDays(issueDate, defaultValidityDays),
      // An account the actor cannot see (a deal on someone else's customer) gives the usual terms.
      paymentTerms: account?.paymentTerms ?? 'net_30',
      deliveryTerms: '',
      discountPercent: '0',
      notes: '',
      lines: [],
      charges: [],
    },
    changes,
  );
  const number = await nextNumber(ctx.tx, numberSeries.series, Number(issueDate.slice(0, 4)), numberSeries.digits);
  const { lines, charges, totals, linesChanged: _l, chargesChanged: _c, ...fields } = content;
  const id = await insertQuote(ctx.tx, {
    ...fields,
    ...totalColumns(totals),
    orgId: ctx.actor.orgId,
    ownerId: opportunity.ownerId,
    number,
    revision: 1,
    opportunityId: opportunity.id,
    accountId: opportunity.accountId,
    issueDate,
    createdBy: ctx.actor.userId,
  });
  await replaceLines(ctx.tx, ctx.actor.orgId, id, lines);
  await replaceCharges(ctx.tx, ctx.actor.orgId, id, charges);
  const after = await reloadQuote(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'quotes', entityId: id, action: 'create', after: auditableQuote(after) });
  return after;
}

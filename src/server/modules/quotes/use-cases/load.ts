import type { Quote } from '../../../../contracts/quotes.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { todayOf } from '../../../kernel/calendar.js';
import { quoteDto } from '../dto.js';
import { chargesOf, findQuote, linesOf, type QuoteRow } from '../quotes.repository.js';

export { todayOf };

/** The quote if the actor may see it, locked for the command; 404 otherwise, 409 once archived. */
export async function loadQuote(ctx: Ctx, id: string): Promise<QuoteRow> {
  const row = await findQuote(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Quote');
  if (row.archivedAt) throw new AppError('invalid_state', 'The quote is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return row;
}

/** The quote as the API shows it, with its lines and charges in order. */
export async function readQuote(ctx: Ctx, row: QuoteRow): Promise<Quote> {
  return quoteDto(row, await linesOf(ctx.tx, [row.id]), await chargesOf(ctx.tx, [row.id]), todayOf(ctx));
}

export async function reloadQuote(ctx: Ctx, id: string): Promise<Quote> {
  return readQuote(ctx, (await findQuote(ctx.tx, ctx.actor, id))!);
}

import type { Quote } from '../../../../contracts/quotes.js';
import type { Ctx } from '../../../platform/context.js';
import { findQuote } from '../quotes.repository.js';
import { readQuote } from './load.js';

/** The quote with its lines, charges and totals if the actor may see it (archived ones included); undefined otherwise. */
export async function findVisibleQuote(ctx: Ctx, id: string): Promise<Quote | undefined> {
  const row = await findQuote(ctx.tx, ctx.actor, id);
  return row && readQuote(ctx, row);
}

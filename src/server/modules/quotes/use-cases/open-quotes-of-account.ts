import type { Money } from '../../../../contracts/common.js';
import type { Ctx } from '../../../platform/context.js';
import { listQuotes } from '../quotes.repository.js';
import { todayOf } from './load.js';

export type OpenQuote = { id: string; number: string; revision: number; status: 'draft' | 'sent'; issueDate: string; validUntil: string; total: Money };

/** The current rounds of an account's quotes still in play (draft, or sent and valid) that the actor may see; newest first. */
export async function openQuotesOfAccount(ctx: Pick<Ctx, 'tx' | 'actor' | 'clock'>, accountId: string): Promise<OpenQuote[]> {
  const today = todayOf(ctx);
  const open: OpenQuote[] = [];
  for (const status of ['draft', 'sent'] as const) {
    const page = await listQuotes(ctx.tx, ctx.actor, { limit: 200, cursor: undefined, sort: { field: 'createdAt', descending: true }, q: undefined, archived: 'exclude', filters: { accountId, status, latest: true } }, today);
    open.push(...page.data.map((r) => ({ id: r.id, number: r.number, revision: r.revision, status, issueDate: r.issueDate, validUntil: r.validUntil, total: { amount: r.total, currency: r.currency } })));
  }
  return open.sort((a, b) => b.issueDate.localeCompare(a.issueDate) || b.number.localeCompare(a.number));
}

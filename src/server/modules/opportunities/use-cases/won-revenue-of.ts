import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { opportunities } from '../opportunities.schema.js';

/**
 * Revenue won from an account: the amounts of its won deals summed per currency and day they were won (UTC),
 * so the caller can convert each with the rate of its day. Reads the account's whole history, whoever owns the
 * deals: the caller checks the account is visible.
 */
export async function wonRevenueOf(ctx: Pick<Ctx, 'tx'>, accountId: string): Promise<{ amount: string; currency: string; on: string }[]> {
  const wonOn = sql<string>`((${opportunities.closedAt} at time zone 'UTC')::date)::text`;
  return ctx.tx
    .select({ amount: sql<string>`sum(${opportunities.amount})::text`, currency: opportunities.currency, on: wonOn })
    .from(opportunities)
    .where(and(eq(opportunities.accountId, accountId), eq(opportunities.status, 'won'), isNull(opportunities.archivedAt)))
    .groupBy(opportunities.currency, wonOn);
}

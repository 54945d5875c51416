import type { CreditAssessment } from '../../../../contracts/credit.js';
import { notFound } from '../../../kernel/errors.js';
import { Decimal, formatAmount } from '../../../kernel/money.js';
import type { Ctx } from '../../../platform/context.js';
import { findVisibleAccount } from '../../accounts/index.js';
import { convertToBase } from '../../catalog/index.js';
import { organizationBaseCurrency } from '../../directory/index.js';
import { wonRevenueOf } from '../../opportunities/index.js';
import { accountPaymentRecord, accountReceivables, type DatedSum } from '../credit.repository.js';
import { creditUsePercent, latePercent, rateCredit } from '../domain/credit-rules.js';
import { getCreditPolicy } from './credit-policy.js';
import { todayOf } from './load.js';
import type { Dec } from '../domain/invoice-rules.js';

/** Sums amounts of several currencies into the base currency, each with the rate in force on its day. */
async function inBase(ctx: Ctx, sums: DatedSum[]): Promise<Dec> {
  let total = new Decimal(0);
  for (const s of sums) {
    if (new Decimal(s.amount).isZero()) continue;
    total = total.plus((await convertToBase(ctx, s.amount, s.currency, s.on)).amount);
  }
  return total;
}

/**
 * The credit rating of an account from its history, counting `pending` (a quote or order about to be committed)
 * as open balance. Reads every invoice and won deal of the account, whoever owns them, but only for an account
 * the caller may see (404 otherwise). Amounts are in the organisation's base currency, converted with dated rates.
 */
export async function assessCredit(ctx: Ctx, accountId: string, pending: { amount: string; currency: string }): Promise<CreditAssessment> {
  const account = await findVisibleAccount(ctx, accountId);
  if (!account) throw notFound('Account');
  const today = todayOf(ctx);
  const base = await organizationBaseCurrency(ctx.tx, ctx.actor.orgId);

  const wonRevenue = await inBase(ctx, await wonRevenueOf(ctx, accountId));
  const receivables = await accountReceivables(ctx.tx, accountId, today);
  const [invoiced, open, overdue] = [await inBase(ctx, receivables.invoiced), await inBase(ctx, receivables.open), await inBase(ctx, receivables.overdue)];
  const pendingAmount = await inBase(ctx, [{ ...pending, on: today }]);
  const limit = account.creditLimit ? await inBase(ctx, [{ ...account.creditLimit, on: today }]) : null;
  const record = await accountPaymentRecord(ctx.tx, accountId);

  const money = (value: Dec) => formatAmount(value, base);
  const latePaymentPercent = latePercent(record.onTime, record.late);
  const usePercent = creditUsePercent(open.plus(pendingAmount), limit);
  const policy = await getCreditPolicy(ctx);
  const rated = rateCredit(policy.rules, { wonRevenue: money(wonRevenue), latePaymentPercent, creditUsePercent: usePercent, overdueBalance: money(overdue) });
  return {
    accountId,
    currency: base,
    wonRevenue: money(wonRevenue),
    invoicedRevenue: money(invoiced),
    invoicesPaidOnTime: record.onTime,
    invoicesPaidLate: record.late,
    latePaymentPercent,
    openBalance: money(open),
    overdueBalance: money(overdue),
    pendingAmount: money(pendingAmount),
    creditLimit: limit === null ? null : money(limit),
    creditUsePercent: usePercent,
    rating: rated.rating,
    allowedTerms: rated.allowedTerms,
    checks: rated.checks,
    assessedAt: ctx.clock.now().toISOString(),
  };
}

import type { Money } from '../../../../contracts/common.js';
import { invalidField } from '../../../kernel/errors.js';
import { formatAmount, type DecimalInput } from '../../../kernel/money.js';
import type { Ctx } from '../../../platform/context.js';
import { organizationBaseCurrency } from '../../directory/index.js';
import { plainDecimal } from '../domain/catalog-rules.js';
import { convertAmount, fitsMoneyColumn } from '../domain/convert.js';
import { findFirstRate, findRateOn } from '../exchange-rates.repository.js';

/** An amount in the base currency, with the rate that gave it (and the day that rate took effect). */
export type BaseAmount = Money & { rate: string; rateValidFrom: string | null };

/**
 * Converts an amount in `currency` into the organisation's base currency as of `onDate` (YYYY-MM-DD),
 * with the latest rate that took effect on or before that day, rounded half away from zero to the base
 * currency's minor unit. An amount already in the base currency comes back as it is (to its minor unit).
 * No rate for that day is a validation error (422) naming `currency` or `date`.
 */
export async function convertToBase(ctx: Pick<Ctx, 'tx' | 'actor'>, amount: DecimalInput, currency: string, onDate: string): Promise<BaseAmount> {
  const base = await organizationBaseCurrency(ctx.tx, ctx.actor.orgId);
  if (currency === base) return { amount: formatAmount(amount, base), currency: base, rate: '1', rateValidFrom: null };
  const rate = await findRateOn(ctx.tx, base, currency, onDate);
  if (!rate) {
    const first = await findFirstRate(ctx.tx, base, currency);
    throw first
      ? invalidField('date', `no ${currency} to ${base} rate on or before ${onDate}; the first starts on ${first.validFrom}`)
      : invalidField('currency', `no exchange rate from ${currency} to ${base}; add one first`);
  }
  const converted = convertAmount(amount, rate.rate, base);
  if (!fitsMoneyColumn(converted)) throw invalidField('amount', `too large once converted to ${base}`);
  return { amount: formatAmount(converted, base), currency: base, rate: plainDecimal(rate.rate), rateValidFrom: rate.validFrom };
}

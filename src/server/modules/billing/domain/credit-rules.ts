import { paymentTerms, type PaymentTerms } from '../../../../contracts/accounts.js';
import type { CreditAssessment, CreditRule } from '../../../../contracts/credit.js';
import { creditConditions } from '../../../../contracts/credit.js';
import type { FieldError } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';
import type { Dec } from './invoice-rules.js';

type Condition = (typeof creditConditions)[number];
type Check = CreditAssessment['checks'][number];

const rule = (rating: CreditRule['rating'], conditions: Partial<Record<Condition, string>>, allowedTerms: readonly PaymentTerms[]): CreditRule => ({
  rating,
  minWonRevenue: conditions.minWonRevenue ?? null,
  maxLatePaymentPercent: conditions.maxLatePaymentPercent ?? null,
  maxCreditUsePercent: conditions.maxCreditUsePercent ?? null,
  maxOverdueAmount: conditions.maxOverdueAmount ?? null,
  allowedTerms: [...allowedTerms],
});

/** The policy an organisation has until finance stores its own. */
export const defaultCreditRules: CreditRule[] = [
  // The best rating asks for a clean ledger: nothing overdue now.
  rule('A', { minWonRevenue: '50000', maxLatePaymentPercent: '10', maxCreditUsePercent: '80', maxOverdueAmount: '0' }, paymentTerms),
  rule('B', { minWonRevenue: '5000', maxLatePaymentPercent: '25', maxCreditUsePercent: '100' }, ['prepayment', 'on_delivery', 'net_15', 'net_30', 'net_45', 'net_60']),
  rule('C', { maxLatePaymentPercent: '50', maxCreditUsePercent: '100', maxOverdueAmount: '0' }, ['prepayment', 'on_delivery', 'net_15', 'net_30']),
  rule('D', {}, ['prepayment']),
];

const hasConditions = (r: CreditRule) => creditConditions.some((c) => r[c] !== null);

/** A policy must end with a rule without conditions (so every account gets a rating); limits are not negative. */
export function policyErrors(rules: CreditRule[]): FieldError[] {
  const errors: FieldError[] = [];
  rules.forEach((r, index) => {
    for (const condition of creditConditions) {
      const limit = r[condition];
      if (limit !== null && new Decimal(limit).isNegative()) errors.push({ path: `rules.${index}.${condition}`, message: 'not negative' });
    }
    if (r.maxLatePaymentPercent !== null && new Decimal(r.maxLatePaymentPercent).gt(100)) errors.push({ path: `rules.${index}.maxLatePaymentPercent`, message: 'at most 100' });
    if (new Set(r.allowedTerms).size !== r.allowedTerms.length) errors.push({ path: `rules.${index}.allowedTerms`, message: 'a payment term is listed twice' });
  });
  const last = rules.length - 1;
  if (last >= 0 && hasConditions(rules[last]!)) errors.push({ path: `rules.${last}`, message: 'the last rule must have no conditions: it rates every account the others do not' });
  return errors;
}

/** An account's record as the conditions read it; amounts in the base currency, percentages 0–100. */
export type CreditFacts = {
  wonRevenue: string;
  latePaymentPercent: string;
  /** null when the account has no credit limit: the condition then holds. */
  creditUsePercent: string | null;
  overdueBalance: string;
};

function check(rating: CreditRule['rating'], condition: Condition, limit: string, facts: CreditFacts): Check {
  const bound = new Decimal(limit);
  switch (condition) {
    case 'minWonRevenue':
      return { rating, condition, limit, actual: facts.wonRevenue, met: new Decimal(facts.wonRevenue).gte(bound) };
    case 'maxLatePaymentPercent':
      return { rating, condition, limit, actual: facts.latePaymentPercent, met: new Decimal(facts.latePaymentPercent).lte(bound) };
    case 'maxCreditUsePercent':
      return { rating, condition, limit, actual: facts.creditUsePercent, met: facts.creditUsePercent === null || new Decimal(facts.creditUsePercent).lte(bound) };
    case 'maxOverdueAmount':
      return { rating, condition, limit, actual: facts.overdueBalance, met: new Decimal(facts.overdueBalance).lte(bound) };
  }
}

/**
 * Tries the rules in order: the first whose every condition holds gives the rating and the terms it allows.
 * Every condition of every rule tried is listed in `checks`. Should no rule hold, the last one applies.
 */
export function rateCredit(rules: CreditRule[], facts: CreditFacts): { rating: CreditRule['rating']; allowedTerms: PaymentTerms[]; checks: Check[] } {
  const checks: Check[] = [];
  for (const r of rules) {
    const tried = creditConditions.flatMap((c) => (r[c] === null ? [] : [check(r.rating, c, r[c], facts)]));
    checks.push(...tried);
    if (tried.every((t) => t.met)) return { rating: r.rating, allowedTerms: r.allowedTerms, checks };
  }
  const fallback = rules[rules.length - 1]!;
  return { rating: fallback.rating, allowedTerms: fallback.allowedTerms, checks };
}

/** Open balance with the amount being checked, over the credit limit, in percent (2 decimals); null without a limit. */
export function creditUsePercent(used: Dec, limit: Dec | null): string | null {
  if (limit === null) return null;
  // A zero limit allows nothing: any use counts as far beyond it.
  if (limit.lte(0)) return used.gt(0) ? '999999.99' : '0.00';
  return Decimal.min(used.dividedBy(limit).times(100), new Decimal('999999.99')).toFixed(2);
}

/** Share of paid invoices paid after their due date, in percent (2 decimals); 0 with no paid invoice. */
export function latePercent(onTime: number, late: number): string {
  const paid = onTime + late;
  return paid === 0 ? '0.00' : new Decimal(late).dividedBy(paid).times(100).toFixed(2);
}

import { describe, expect, it } from 'vitest';
import type { CreditRule } from '../../../../contracts/credit.js';
import { Decimal } from '../../../kernel/money.js';
import { creditUsePercent, defaultCreditRules, latePercent, policyErrors, rateCredit, type CreditFacts } from './credit-rules.js';

const facts = (f: Partial<CreditFacts> = {}): CreditFacts => ({ wonRevenue: '0.00', latePaymentPercent: '0.00', creditUsePercent: null, overdueBalance: '0.00', ...f });

describe('the default credit policy', () => {
  it.each([
    ['a new account', facts(), 'C'],
    ['a big customer who pays on time', facts({ wonRevenue: '60000.00', creditUsePercent: '10.00' }), 'A'],
    ['a big customer near its limit', facts({ wonRevenue: '60000.00', creditUsePercent: '90.00' }), 'B'],
    ['a big customer with an invoice overdue', facts({ wonRevenue: '60000.00', creditUsePercent: '10.00', overdueBalance: '10.00' }), 'B'],
    ['a mid customer', facts({ wonRevenue: '5000.00', latePaymentPercent: '25.00' }), 'B'],
    ['a mid customer often late', facts({ wonRevenue: '5000.00', latePaymentPercent: '30.00' }), 'C'],
    ['an account with overdue invoices', facts({ overdueBalance: '0.01' }), 'D'],
    ['an account over its limit', facts({ creditUsePercent: '100.01' }), 'D'],
    ['an account paying late more than half the time', facts({ latePaymentPercent: '50.01' }), 'D'],
  ])('rates %s %s', (_case, f, rating) => {
    expect(rateCredit(defaultCreditRules, f).rating).toBe(rating);
  });

  it('allows every term to A and only prepayment to D', () => {
    expect(defaultCreditRules.map((r) => [r.rating, r.allowedTerms.length])).toEqual([
      ['A', 7],
      ['B', 6],
      ['C', 4],
      ['D', 1],
    ]);
    expect(policyErrors(defaultCreditRules)).toEqual([]);
  });

  it('lists every condition of every rule tried, up to the one that rated', () => {
    const { checks } = rateCredit(defaultCreditRules, facts({ wonRevenue: '6000.00' }));
    expect(checks.map((c) => [c.rating, c.condition, c.limit, c.actual, c.met])).toEqual([
      ['A', 'minWonRevenue', '50000', '6000.00', false],
      ['A', 'maxLatePaymentPercent', '10', '0.00', true],
      ['A', 'maxCreditUsePercent', '80', null, true],
      ['A', 'maxOverdueAmount', '0', '0.00', true],
      ['B', 'minWonRevenue', '5000', '6000.00', true],
      ['B', 'maxLatePaymentPercent', '25', '0.00', true],
      ['B', 'maxCreditUsePercent', '100', null, true],
    ]);
  });
});

describe('policy validation', () => {
  const rule = (over: Partial<CreditRule> = {}): CreditRule => ({
    rating: 'D',
    minWonRevenue: null,
    maxLatePaymentPercent: null,
    maxCreditUsePercent: null,
    maxOverdueAmount: null,
    allowedTerms: ['prepayment'],
    ...over,
  });

  it.each([
    [[rule({ maxOverdueAmount: '0' })], 'rules.0'],
    [[rule({ rating: 'A', minWonRevenue: '-1' }), rule()], 'rules.0.minWonRevenue'],
    [[rule({ rating: 'A', maxLatePaymentPercent: '101' }), rule()], 'rules.0.maxLatePaymentPercent'],
    [[rule({ allowedTerms: ['prepayment', 'prepayment'] })], 'rules.0.allowedTerms'],
  ])('refuses %j at %s', (rules, path) => {
    expect(policyErrors(rules).map((e) => e.path)).toContain(path);
  });
});

describe('credit use and lateness', () => {
  it.each([
    ['500.00', '1000.00', '50.00'],
    ['1500.00', '1000.00', '150.00'],
    ['1.00', '3.00', '33.33'],
    ['0.00', '0.00', '0.00'],
    ['1.00', '0.00', '999999.99'],
  ])('uses %s of a %s limit: %s %%', (used, limit, percent) => {
    expect(creditUsePercent(new Decimal(used), new Decimal(limit))).toBe(percent);
  });

  it('has no credit use without a limit, and no lateness without paid invoices', () => {
    expect(creditUsePercent(new Decimal('100'), null)).toBeNull();
    expect(latePercent(0, 0)).toBe('0.00');
    expect(latePercent(2, 1)).toBe('33.33');
  });
});

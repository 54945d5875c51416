import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { billingFootprint, confirmedOrder, issuedInvoice, ok, pay } from '../support/billing.js';
import { call, expectProblem, newOrganization, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newOrder } from '../support/orders.js';
import { freeLine } from '../support/quotes.js';
import { newAccount, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

// Assessments are dated by this clock: "today" is 15 June 2026.
const clock = fixedClock(new Date('2026-06-15T09:00:00Z'));
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ clock });
});
afterAll(() => h?.close());

type Assessment = {
  accountId: string;
  currency: string;
  wonRevenue: string;
  invoicedRevenue: string;
  invoicesPaidOnTime: number;
  invoicesPaidLate: number;
  latePaymentPercent: string;
  openBalance: string;
  overdueBalance: string;
  pendingAmount: string;
  creditLimit: string | null;
  creditUsePercent: string | null;
  rating: string;
  allowedTerms: string[];
  checks: { rating: string; condition: string; limit: string; actual: string | null; met: boolean }[];
  assessedAt: string;
};

/** One line, 2 × 100.00 at 21 %: an invoice of 242.00. */
const oneLine = { lines: [freeLine], paymentTerms: 'net_30' };
const assess = (session: Session, accountId: string, query = '') => call(h.app, 'GET', `/api/v1/accounts/${accountId}/credit${query}`, { session });

/** A deal won from the account for this amount in EUR. */
async function won(admin: Session, accountId: string, amount: string) {
  const deal = await newOpportunity(h, admin, accountId, { amount: { amount, currency: 'EUR' } });
  await ok(call(h.app, 'POST', `/api/v1/opportunities/${deal.id}/win`, { session: admin }));
}

/** An order of the account's own (its deal of 1000.00 won by accepting the quote) invoiced whole: 242.00. */
async function invoicedOrder(admin: Session, issueDate?: string) {
  const order = await confirmedOrder(h, admin, oneLine, clock);
  const invoice = await issuedInvoice(h, admin, { orderId: order.id }, issueDate ? { issueDate } : {});
  return { accountId: order.accountId, invoice };
}

type Case = { name: string; rating: string; query?: string; build: (admin: Session) => Promise<string>; expected: Partial<Assessment> };

const cases: Case[] = [
  {
    name: 'a new account, without history',
    rating: 'C',
    build: async (admin) => (await newAccount(h, admin)).id,
    expected: { wonRevenue: '0.00', invoicedRevenue: '0.00', openBalance: '0.00', latePaymentPercent: '0.00', creditLimit: null, creditUsePercent: null, allowedTerms: ['prepayment', 'on_delivery', 'net_15', 'net_30'] },
  },
  {
    name: 'a good payer with revenue',
    rating: 'A',
    build: async (admin) => {
      const { accountId, invoice } = await invoicedOrder(admin);
      await ok(pay(h, admin, invoice.id, '242.00', invoice.dueDate!), 201);
      await won(admin, accountId, '60000.00');
      return accountId;
    },
    expected: { wonRevenue: '61000.00', invoicedRevenue: '242.00', invoicesPaidOnTime: 1, invoicesPaidLate: 0, openBalance: '0.00', allowedTerms: ['prepayment', 'on_delivery', 'net_15', 'net_30', 'net_45', 'net_60', 'net_90'] },
  },
  {
    name: 'a customer with some revenue and an invoice still open',
    rating: 'B',
    build: async (admin) => {
      const { accountId } = await invoicedOrder(admin);
      await won(admin, accountId, '9000.00');
      return accountId;
    },
    expected: { wonRevenue: '10000.00', openBalance: '242.00', overdueBalance: '0.00' },
  },
  {
    name: 'an account over its credit limit with the order being checked',
    rating: 'D',
    query: '?amount=5000&currency=EUR',
    build: async (admin) => (await newAccount(h, admin, { creditLimit: { amount: '1000.00', currency: 'EUR' } })).id,
    expected: { pendingAmount: '5000.00', creditLimit: '1000.00', creditUsePercent: '500.00', allowedTerms: ['prepayment'] },
  },
  {
    name: 'a late payer',
    rating: 'D',
    build: async (admin) => {
      const { accountId, invoice } = await invoicedOrder(admin);
      await ok(pay(h, admin, invoice.id, '242.00', '2026-07-20'), 201); // due 15 July
      return accountId;
    },
    expected: { invoicesPaidOnTime: 0, invoicesPaidLate: 1, latePaymentPercent: '100.00' },
  },
  {
    name: 'an account with an overdue invoice',
    rating: 'D',
    build: async (admin) => (await invoicedOrder(admin, '2026-04-01')).accountId, // net 30: due 1 May
    expected: { openBalance: '242.00', overdueBalance: '242.00' },
  },
];

describe('credit assessment with the default policy', () => {
  it.each(cases.map((c) => [c.name, c.rating, c] as const))('rates %s: %s', async (_name, rating, { query, build, expected }) => {
    const { admin } = await newOrganization(h);
    const accountId = await build(admin);
    const res = await ok(assess(admin, accountId, query ?? ''));
    expect(res.body).toMatchObject({ accountId, currency: 'EUR', rating, assessedAt: '2026-06-15T09:00:00.000Z', ...expected });
  });

  it('lists every condition tried, in order, up to the rule that gave the rating', async () => {
    const { admin } = await newOrganization(h);
    const account = await newAccount(h, admin, { creditLimit: { amount: '2000.00', currency: 'EUR' } });
    const res = await ok(assess(admin, account.id, '?amount=500'));
    const body = res.body as Assessment;
    expect(body).toMatchObject({ rating: 'C', pendingAmount: '500.00', creditUsePercent: '25.00' });
    expect(body.checks.map((c) => [c.rating, c.condition, c.limit, c.actual, c.met])).toEqual([
      ['A', 'minWonRevenue', '50000', '0.00', false],
      ['A', 'maxLatePaymentPercent', '10', '0.00', true],
      ['A', 'maxCreditUsePercent', '80', '25.00', true],
      ['A', 'maxOverdueAmount', '0', '0.00', true],
      ['B', 'minWonRevenue', '5000', '0.00', false],
      ['B', 'maxLatePaymentPercent', '25', '0.00', true],
      ['B', 'maxCreditUsePercent', '100', '25.00', true],
      ['C', 'maxLatePaymentPercent', '50', '0.00', true],
      ['C', 'maxCreditUsePercent', '100', '25.00', true],
      ['C', 'maxOverdueAmount', '0', '0.00', true],
    ]);
  });

  it('converts amounts into the base currency with the rate of their day, and names the currency that has none (422)', async () => {
    const { admin } = await newOrganization(h);
    const account = await newAccount(h, admin);
    await ok(call(h.app, 'POST', '/api/v1/exchange-rates', { session: admin, body: { currency: 'USD', rate: '0.9', validFrom: '2026-01-01' } }), 201);
    expect((await ok(assess(admin, account.id, '?amount=1000&currency=USD'))).body).toMatchObject({ currency: 'EUR', pendingAmount: '900.00' });
    const res = await assess(admin, account.id, '?amount=1000&currency=GBP');
    expectProblem(res, 422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'currency' })]);
    expectProblem(await assess(admin, account.id, '?amount=-1'), 400);
  });
});

describe('credit: who may see what', () => {
  let o: SalesOrganization;
  beforeAll(async () => {
    o = await salesOrganization(h);
  });

  it('assesses only an account the caller may see (404 otherwise), reading its whole history whoever owns it', async () => {
    const account = await newAccount(h, o.repNorth);
    expectProblem(await assess(o.repSouth, account.id), 404);
    expectProblem(await assess(o.repNorth, '00000000-0000-4000-8000-000000000000'), 404);
    expect((await ok(assess(o.managerNorth, account.id))).body.rating).toBe('C');
    // Invoices of an order owned by another rep still count for the account.
    const order = await confirmedOrder(h, o.repNorth2, oneLine, clock);
    await issuedInvoice(h, o.finance, { orderId: order.id });
    await ok(call(h.app, 'PATCH', `/api/v1/accounts/${order.accountId}`, { session: o.admin, body: { ownerId: o.repNorth.userId } }));
    expect((await ok(assess(o.repNorth, order.accountId))).body).toMatchObject({ openBalance: '242.00', invoicedRevenue: '242.00' });
  });

  it('is what confirming an order checks: terms the rating does not allow need a manager', async () => {
    const order = await newOrder(h, o.repNorth, { ...oneLine, paymentTerms: 'net_60' });
    const signed = { contractSignedAt: '2026-06-15', signedBy: 'Carmen Client' };
    const refused = await call(h.app, 'POST', `/api/v1/orders/${order.id}/confirm`, { session: o.repNorth, body: signed });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ rating: 'C', allowedTerms: ['prepayment', 'on_delivery', 'net_15', 'net_30'] });
    const res = await ok(call(h.app, 'POST', `/api/v1/orders/${order.id}/confirm`, { session: o.managerNorth, body: { ...signed, approveCreditException: true } }));
    expect(res.body).toMatchObject({ status: 'confirmed', creditApprovedBy: o.managerNorth.userId, creditAtConfirmation: { rating: 'C', pendingAmount: '242.00' } });
  });
});

describe('the credit policy', () => {
  const rule = (rating: string, conditions: Record<string, string | null>, allowedTerms: string[]) => ({
    rating,
    minWonRevenue: null,
    maxLatePaymentPercent: null,
    maxCreditUsePercent: null,
    maxOverdueAmount: null,
    ...conditions,
    allowedTerms,
  });
  const put = (session: Session, rules: unknown, headers: Record<string, string> = {}) => call(h.app, 'PUT', '/api/v1/credit-policy', { session, body: { rules }, headers });

  async function expectRefused(orgId: string, request: () => Promise<Response>, status: number, path?: string) {
    const before = await billingFootprint(h, orgId);
    const res = await request();
    expectProblem(res, status);
    if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await billingFootprint(h, orgId)).toEqual(before);
  }

  it('answers the default rules until finance stores its own', async () => {
    const { admin } = await newOrganization(h);
    const res = await ok(call(h.app, 'GET', '/api/v1/credit-policy', { session: admin }));
    expect(res.headers.etag).toBe('"1"');
    expect(res.body.version).toBe(1);
    expect(res.body.rules.map((r: { rating: string; allowedTerms: string[] }) => [r.rating, r.allowedTerms.length])).toEqual([
      ['A', 7],
      ['B', 6],
      ['C', 4],
      ['D', 1],
    ]);
    expect(res.body.rules[0]).toEqual(rule('A', { minWonRevenue: '50000', maxLatePaymentPercent: '10', maxCreditUsePercent: '80', maxOverdueAmount: '0' }, ['prepayment', 'on_delivery', 'net_15', 'net_30', 'net_45', 'net_60', 'net_90']));
  });

  it.each([
    ['a last rule with conditions', [rule('A', { minWonRevenue: '1000' }, ['net_30'])], 'rules.0'],
    ['a negative limit', [rule('A', { maxOverdueAmount: '-1' }, ['net_30']), rule('D', {}, ['prepayment'])], 'rules.0.maxOverdueAmount'],
    ['no rules', [], 'rules'],
    ['an unknown payment term', [rule('D', {}, ['net_7'])], 'rules.0.allowedTerms.0'],
    ['no allowed term', [rule('D', {}, [])], 'rules.0.allowedTerms'],
  ])('refuses %s (422 naming the path, nothing written)', async (_case, rules, path) => {
    const { admin } = await newOrganization(h);
    await expectRefused(admin.orgId, () => put(admin, rules), 422, path);
  });

  it('replaces the rules with If-Match (412 when stale), audits the change, and rates with them; only credit:manage may', async () => {
    const org = await newOrganization(h);
    const finance = await org.member('finance');
    const rep = await org.member('sales_rep');
    const account = await newAccount(h, rep);
    const rules = [rule('B', { maxOverdueAmount: '100' }, ['prepayment', 'net_45']), rule('D', {}, ['prepayment'])];
    await expectRefused(org.admin.orgId, () => put(rep, rules), 403);
    await expectRefused(org.admin.orgId, () => put(finance, rules, { 'if-match': '"2"' }), 412);
    const saved = await ok(put(finance, rules, { 'if-match': '"1"' }));
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.body).toEqual({ version: 2, rules });
    await expectRefused(org.admin.orgId, () => put(finance, rules, { 'if-match': '"1"' }), 412);
    expect((await ok(put(finance, [rule('C', {}, ['net_30'])], { 'if-match': '"2"' }))).body.version).toBe(3);
    await ok(put(finance, rules));
    expect((await ok(call(h.app, 'GET', '/api/v1/credit-policy', { session: rep }))).body).toEqual({ version: 4, rules });

    const assessment = (await ok(assess(rep, account.id))).body as Assessment;
    expect(assessment).toMatchObject({ rating: 'B', allowedTerms: ['prepayment', 'net_45'], checks: [{ rating: 'B', condition: 'maxOverdueAmount', limit: '100', actual: '0.00', met: true }] });
    const events = (await ok(call(h.app, 'GET', '/api/v1/audit-events?filter[entityType]=credit-policies&sort=occurredAt', { session: org.admin }))).body.data;
    expect(events.map((e: { action: string; actorUserId: string }) => [e.action, e.actorUserId])).toEqual([
      ['create', finance.userId],
      ['update', finance.userId],
      ['update', finance.userId],
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { demoAdminEmail, demoPassword, loadDemoData, type DemoSummary } from '../../src/server/demo/demo-data.js';
import { prepareDatabase } from '../../src/server/platform/db/database.js';
import { call, signIn, startHarness, type Harness } from '../support/harness.js';

// The demo organisation has fixed e-mails, so it loads into a database of its own.
let h: Harness;
let ownerUrl: string;
let loaded: DemoSummary;

beforeAll(async () => {
  const name = `ciclo_demo_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: inject('ownerUrl') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(inject('ownerUrl'));
  url.pathname = `/${name}`;
  ownerUrl = url.toString();
  h = await startHarness({ appUrl: await prepareDatabase(ownerUrl, { appRole: 'ciclo_app', appDatabaseUrl: undefined }), ownerUrl });
  // Loading takes a few seconds: in the hook, whose time limit is generous.
  loaded = await loadDemoData(h.db, ownerUrl);
});
afterAll(() => h.close());

describe('demo data', () => {
  it('fills an organisation with teams, managers, reps and territories, once', async () => {
    expect(loaded).toMatchObject({ created: true, users: 20, products: 25 });
    expect(loaded.accounts).toBe(30); // 16 in Spain, 8 in Latin America, 6 in Iran
    expect(loaded.leads).toBe(24);
    expect(loaded.deals).toBeGreaterThan(40);
    // 18 customers' deals through the chain: 2 quotes revised after a rejection, 12 accepted.
    expect(loaded).toMatchObject({ quotes: 20, orders: 12, deliveries: 15, invoices: 13, creditNotes: 1, payments: 11 });
    expect(await loadDemoData(h.db, ownerUrl)).toMatchObject({ created: false, users: 0 });
    const admin = await signIn(h.app, demoAdminEmail, demoPassword);
    const users = (await call(h.app, 'GET', '/api/v1/users?limit=200', { session: admin })).body.data as { role: string; email: string }[];
    const roles = users.reduce<Record<string, number>>((n, u) => ({ ...n, [u.role]: (n[u.role] ?? 0) + 1 }), {});
    expect(roles).toEqual({ admin: 1, sales_manager: 4, sales_rep: 12, finance: 1, support: 2 });
    const teams = (await call(h.app, 'GET', '/api/v1/teams', { session: admin })).body.data as { managerId: string | null; memberCount: number }[];
    expect(teams).toHaveLength(4);
    for (const team of teams) expect(team.managerId).not.toBeNull();
    const territories = (await call(h.app, 'GET', '/api/v1/territories', { session: admin })).body.data as { repId: string | null }[];
    expect(territories).toHaveLength(7);
    expect(territories.every((t) => t.repId)).toBe(true);
    // Deterministic: the seed fixes who is who.
    expect(users.map((u) => u.email).sort()).toMatchSnapshot();
    // A realistic pipeline: deals open in every stage, some won and some lost with a reason, with stage history.
    const deals = (await call(h.app, 'GET', '/api/v1/opportunities?limit=200', { session: admin })).body.data as { id: string; status: string; stageId: string; lostReasonId: string | null }[];
    const pipeline = (await call(h.app, 'GET', '/api/v1/pipelines', { session: admin })).body.data[0] as { stages: { id: string }[] };
    for (const stage of pipeline.stages) expect(deals.some((d) => d.status === 'open' && d.stageId === stage.id), stage.id).toBe(true);
    expect(deals.filter((d) => d.status === 'won').length).toBeGreaterThan(3);
    expect(deals.filter((d) => d.status === 'lost').every((d) => d.lostReasonId)).toBe(true);
    const histories = [];
    for (const moved of deals.filter((d) => d.stageId === pipeline.stages[2]!.id)) {
      histories.push((await call(h.app, 'GET', `/api/v1/opportunities/${moved.id}/stage-history`, { session: admin })).body.data as { enteredAt: string; leftAt: string | null }[]);
    }
    const monthAgo = Date.now() - 30 * 24 * 60 * 60 * 1000;
    expect(histories.some((history) => history.length >= 3 && new Date(history[0]!.enteredAt).getTime() < monthAgo)).toBe(true);
    const customers = (await call(h.app, 'GET', '/api/v1/accounts?filter[lifecycle]=customer&limit=200', { session: admin })).body.data as unknown[];
    expect(customers.length).toBeGreaterThan(3);
  });

  it('carries deals through quotes, orders, deliveries, invoices and payments, dated over the last months', async () => {
    const admin = await signIn(h.app, demoAdminEmail, demoPassword);
    const list = async <T>(url: string) => (await call(h.app, 'GET', url, { session: admin })).body.data as T[];
    const today = new Date().toISOString().slice(0, 10);
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    type Quote = { id: string; status: string; number: string; revision: number; issueDate: string; discountPercent: string; rejectionReason: string; orderId: string | null; supersededById: string | null };
    type Invoice = { id: string; kind: string; series: string; number: string; status: string; orderId: string; accountId: string; issueDate: string; dueDate: string; overdue: boolean; amountDue: string; creditedInvoiceId: string | null };

    const quotes = await list<Quote>('/api/v1/quotes?limit=200');
    expect(new Set(quotes.map((q) => q.status))).toEqual(new Set(['draft', 'sent', 'expired', 'superseded', 'accepted']));
    // A rejected round stays on record, superseded by a revision with a better discount.
    const rejected = quotes.filter((q) => q.status === 'superseded');
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (const round of rejected) {
      expect(round.rejectionReason).not.toBe('');
      const next = quotes.find((q) => q.id === round.supersededById)!;
      expect(Number(next.discountPercent)).toBeGreaterThan(Number(round.discountPercent));
    }
    expect(quotes.some((q) => q.issueDate < daysAgo(120))).toBe(true);
    expect(quotes.every((q) => q.issueDate < today)).toBe(true);

    const orders = await list<{ id: string; quoteId: string; status: string; contractSignedAt: string | null }>('/api/v1/orders?limit=200');
    const accepted = quotes.filter((q) => q.status === 'accepted');
    expect(accepted).toHaveLength(12);
    for (const quote of accepted) expect(orders.find((o) => o.id === quote.orderId)?.quoteId, quote.number).toBe(quote.id);
    expect(orders.every((o) => o.contractSignedAt)).toBe(true);
    for (const status of ['confirmed', 'partially_delivered', 'delivered', 'closed']) expect(orders.some((o) => o.status === status), status).toBe(true);

    const invoices = await list<Invoice>('/api/v1/invoices?limit=200');
    // Numbered gaplessly per series and year, in the order of their dates.
    for (const series of ['INV', 'CN']) {
      const issued = invoices.filter((i) => i.series === series).sort((a, b) => a.number.localeCompare(b.number));
      expect(issued.length, series).toBeGreaterThan(0);
      for (const [index, invoice] of issued.entries()) {
        const previous = issued[index - 1];
        const [, year, n] = invoice.number.split('-');
        expect(year).toBe(invoice.issueDate.slice(0, 4));
        if (previous?.issueDate.startsWith(year!)) expect(Number(n)).toBe(Number(previous.number.split('-')[2]) + 1);
        else expect(Number(n)).toBe(1);
        if (previous) expect(invoice.issueDate >= previous.issueDate, invoice.number).toBe(true);
      }
    }
    expect(invoices.filter((i) => i.kind === 'down_payment')).toHaveLength(1);
    const creditNote = invoices.find((i) => i.kind === 'credit_note')!;
    expect(invoices.find((i) => i.id === creditNote.creditedInvoiceId)?.series).toBe('INV');
    for (const status of ['paid', 'partially_paid', 'issued']) expect(invoices.some((i) => i.kind !== 'credit_note' && i.status === status), status).toBe(true);
    // A delivered order waiting for its invoice.
    expect(orders.some((o) => o.status === 'delivered' && !invoices.some((i) => i.orderId === o.id))).toBe(true);

    const overdue = await list<Invoice>('/api/v1/invoices?filter[overdue]=true&limit=200');
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    for (const invoice of overdue) {
      expect(invoice.dueDate < today).toBe(true);
      expect(Number(invoice.amountDue)).toBeGreaterThan(0);
    }
    const credit = (await call(h.app, 'GET', `/api/v1/accounts/${overdue[0]!.accountId}/credit`, { session: admin })).body as { overdueBalance: string };
    expect(Number(credit.overdueBalance)).toBeGreaterThan(0);

    const payments = await list<{ invoiceId: string; paidOn: string }>('/api/v1/payments?limit=200');
    expect(payments).toHaveLength(11);
    for (const payment of payments) expect(payment.paidOn >= invoices.find((i) => i.id === payment.invoiceId)!.issueDate).toBe(true);
    // Some paid after the due date: the late-payment share of the credit rating has something to count.
    expect(payments.some((p) => p.paidOn > invoices.find((i) => i.id === p.invoiceId)!.dueDate)).toBe(true);
  });

  it('has a catalog: Spanish VAT rates, priced products and services in euros and pesos, monthly exchange rates', async () => {
    const admin = await signIn(h.app, demoAdminEmail, demoPassword);
    const get = async (url: string) => (await call(h.app, 'GET', url, { session: admin })).body;
    const rates = (await get('/api/v1/tax-rates?limit=200')).data as { name: string; rate: string; isDefault: boolean }[];
    expect(rates.find((r) => r.isDefault)).toMatchObject({ name: 'IVA general', rate: '21' });
    expect(new Set(rates.map((r) => r.rate))).toEqual(new Set(['21', '10', '4', '0', '16']));
    const products = (await get('/api/v1/products?limit=200&sort=sku')).data as { id: string; sku: string; kind: string; unit: string }[];
    expect(products).toHaveLength(25);
    expect(products.filter((p) => p.kind === 'service').length).toBeGreaterThan(4);
    expect([...new Set(products.map((p) => p.unit))].sort()).toEqual(['box', 'hour', 'kg', 'km', 'l', 'm', 'unit']);
    const lists = (await get('/api/v1/price-lists')).data as { id: string; currency: string; isDefault: boolean }[];
    expect(lists.map((l) => [l.currency, l.isDefault]).sort()).toEqual([['EUR', true], ['MXN', false]]);
    const motor = products.find((p) => p.sku === 'MOT-IE3-4KW')!;
    const detail = await get(`/api/v1/products/${motor.id}`);
    expect(detail.prices.map((p: { currency: string }) => p.currency)).toEqual(['EUR', 'MXN']);
    expect(detail.prices[0].unitPrice).toEqual({ amount: '489.00', currency: 'EUR' });
    // Deterministic: the seed fixes the peso prices.
    expect(detail.prices[1].unitPrice).toMatchSnapshot();
    const pesos = (await get(`/api/v1/price-lists/${lists.find((l) => l.currency === 'MXN')!.id}/prices?limit=200`)).data as unknown[];
    expect(pesos.length).toBeGreaterThan(10);
    expect(pesos.length).toBeLessThan(25);
    const fx = (await get('/api/v1/exchange-rates?limit=200')).data as { currency: string; validFrom: string }[];
    for (const currency of ['USD', 'MXN', 'IRR']) expect(fx.filter((r) => r.currency === currency).length, currency).toBeGreaterThanOrEqual(6);
    const today = new Date().toISOString().slice(0, 10);
    const converted = await get(`/api/v1/exchange-rates/convert?amount=1000000000&currency=IRR&date=${today}`);
    expect(converted.to.currency).toBe('EUR');
    expect(Number(converted.to.amount)).toBeGreaterThan(1000);
    expect(Number(converted.to.amount)).toBeLessThan(3000);
  });
});

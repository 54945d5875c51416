import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { demoAdminEmail, demoPassword, loadDemoData } from '../../src/server/demo/demo-data.js';
import { prepareDatabase } from '../../src/server/platform/db/database.js';
import { call, signIn, startHarness, type Harness } from '../support/harness.js';

// The demo organisation has fixed e-mails, so it loads into a database of its own.
let h: Harness;
let ownerUrl: string;

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
});
afterAll(() => h.close());

describe('demo data', () => {
  it('fills an organisation with teams, managers, reps and territories, once', async () => {
    const loaded = await loadDemoData(h.db, ownerUrl);
    expect(loaded).toMatchObject({ created: true, users: 20, products: 25 });
    expect(loaded.accounts).toBe(30); // 16 in Spain, 8 in Latin America, 6 in Iran
    expect(loaded.leads).toBe(24);
    expect(loaded.deals).toBeGreaterThan(40);
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
    const moved = deals.find((d) => d.stageId === pipeline.stages[2]!.id)!;
    const history = (await call(h.app, 'GET', `/api/v1/opportunities/${moved.id}/stage-history`, { session: admin })).body.data as { enteredAt: string; leftAt: string | null }[];
    expect(history.length).toBeGreaterThanOrEqual(3);
    expect(new Date(history[0]!.enteredAt).getTime()).toBeLessThan(Date.now() - 30 * 24 * 60 * 60 * 1000);
    const customers = (await call(h.app, 'GET', '/api/v1/accounts?filter[lifecycle]=customer&limit=200', { session: admin })).body.data as unknown[];
    expect(customers.length).toBeGreaterThan(3);
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

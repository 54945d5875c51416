import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrganization, startHarness, type Harness, type Session } from '../support/harness.js';
import { newOrder } from '../support/orders.js';

let h: Harness;
let a: Session;
let b: Session;
/** One record of organisation B per resource that has /{resource}/:id routes. */
const theirs: Record<string, string> = {};
/** B's own transitions while setting up (e.g. confirming its order): A's attempts must add none. */
let theirTransitions = 0;
/** A valid change per resource, so a PATCH reaches the lookup instead of failing validation. */
const validPatch: Record<string, object> = {
  users: { name: 'Mallory' },
  teams: { name: 'Stolen' },
  territories: { name: 'Stolen' },
  accounts: { name: 'Stolen' },
  contacts: { firstName: 'Mallory', isPrimary: true },
  pipelines: { name: 'Stolen' },
  opportunities: { name: 'Stolen' },
  leads: { company: 'Stolen' },
  'tax-rates': { name: 'Stolen' },
  products: { name: 'Stolen' },
  'price-lists': { name: 'Stolen' },
  invoices: { notes: 'Stolen' },
  orders: { notes: 'Stolen' },
  quotes: { notes: 'Stolen' },
  'task-types': { name: 'Stolen' },
  tasks: { subject: 'Stolen' },
  projects: { name: 'Stolen' },
  'time-entries': { minutes: 1 },
  'task-views': { name: 'Stolen' },
  notes: { body: 'Stolen' },
};
/** Valid bodies for actions, so they too reach the lookup (any id will do: the record is not found first). */
const validAction: Record<string, object> = {
  'opportunities/move': { stageId: '00000000-0000-4000-8000-000000000000' },
  'opportunities/lose': { lostReasonId: '00000000-0000-4000-8000-000000000000' },
  'leads/disqualify': { reason: 'Stolen' },
  'leads/convert': { createOpportunity: true },
  'price-lists/prices/:productId': { unitPrice: '0.01' },
  'invoices/credit-note': { reason: 'Stolen' },
  'orders/confirm': { contractSignedAt: '2026-01-01', signedBy: 'Mallory' },
  'quotes/reject': { reason: 'Stolen' },
  'quotes/revise': { notes: 'Stolen' },
  'pipelines/playbook': { stages: [{ stageId: '00000000-0000-4000-8000-000000000000', steps: [] }] },
};
/** Which of B's records a second path parameter names (e.g. /price-lists/:id/prices/:productId). */
const paramResource: Record<string, string> = { productId: 'products' };
/** Collections that need a query to answer at all. */
const collectionQuery: Record<string, string> = { '/api/v1/exchange-rates/convert': 'amount=1&currency=EUR&date=2026-01-01' };

beforeAll(async () => {
  h = await startHarness();
  a = (await newOrganization(h, 'Org A')).admin;
  const orgB = await newOrganization(h, 'Org B');
  b = orgB.admin;
  const post = async (url: string, body: object) => {
    const res = await call(h.app, 'POST', url, { session: b, body });
    expect(res.status, url).toBe(201);
    return res.body.id as string;
  };
  theirs.teams = await post('/api/v1/teams', { name: 'B team' });
  theirs.users = (await orgB.member('sales_rep', { teamId: theirs.teams })).userId;
  theirs.territories = await post('/api/v1/territories', { name: 'B north', code: 'BN' });
  theirs['api-keys'] = await post('/api/v1/api-keys', { name: 'B integration' });
  theirs.accounts = await post('/api/v1/accounts', { name: 'B customer', territoryId: theirs.territories });
  theirs.contacts = await post('/api/v1/contacts', { accountId: theirs.accounts, firstName: 'Bea', isPrimary: true });
  theirs.pipelines = (await call(h.app, 'GET', '/api/v1/pipelines', { session: b })).body.data[0].id;
  theirs['lost-reasons'] = (await call(h.app, 'GET', '/api/v1/lost-reasons', { session: b })).body.data[0].id;
  theirs.opportunities = await post('/api/v1/opportunities', { name: 'B deal', accountId: theirs.accounts, amount: { amount: '1000.00', currency: 'EUR' } });
  theirs.leads = await post('/api/v1/leads', { firstName: 'Bruno', company: 'B prospect', email: 'bruno@b.example' });
  theirs['tax-rates'] = await post('/api/v1/tax-rates', { name: 'B reduced', rate: '10', country: 'ES' });
  theirs.products = await post('/api/v1/products', { sku: 'B-1', name: 'B product', taxRateId: theirs['tax-rates'] });
  theirs['price-lists'] = await post('/api/v1/price-lists', { name: 'B export', currency: 'USD' });
  const price = await call(h.app, 'PUT', `/api/v1/price-lists/${theirs['price-lists']}/prices/${theirs.products}`, { session: b, body: { unitPrice: '10.00' } });
  expect(price.status).toBe(201);
  theirs['exchange-rates'] = await post('/api/v1/exchange-rates', { currency: 'USD', rate: '0.9', validFrom: '2026-01-01' });
  const order = await newOrder(h, b);
  theirs.orders = order.id;
  const confirmed = await call(h.app, 'POST', `/api/v1/orders/${order.id}/confirm`, { session: b, body: { contractSignedAt: '2026-01-01', signedBy: 'Bea', approveCreditException: true } });
  expect(confirmed.status).toBe(200);
  theirs.deliveries = await post('/api/v1/deliveries', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: '1' }] });
  theirs.invoices = await post('/api/v1/invoices', { orderId: order.id });
  expect((await call(h.app, 'POST', `/api/v1/invoices/${theirs.invoices}/issue`, { session: b, body: {} })).status).toBe(200);
  theirs.payments = await post('/api/v1/payments', { invoiceId: theirs.invoices, amount: '1.00', paidOn: '2026-01-02', method: 'cash' });
  theirTransitions = await transitionsOfB();
  theirs['task-types'] = await post('/api/v1/task-types', { name: 'B visit', kind: 'visit' });
  theirs.projects = await post('/api/v1/projects', { accountId: theirs.accounts, name: 'B follow-up' });
  theirs.tasks = await post('/api/v1/tasks', { taskTypeId: theirs['task-types'], subject: 'B visit', relatedTo: { type: 'project', id: theirs.projects } });
  theirs['time-entries'] = await post('/api/v1/time-entries', { taskId: theirs.tasks, date: '2026-01-02', minutes: 30 });
  theirs.quotes = await post('/api/v1/quotes', { opportunityId: theirs.opportunities, lines: [{ description: 'B service', quantity: '1', unitPrice: '100.00', taxRate: '21' }] });
  theirs['task-views'] = await post('/api/v1/task-views', { name: 'B view', shared: true });
  theirs.notes = await post('/api/v1/notes', { relatedTo: { type: 'account', id: theirs.accounts }, body: 'B note' });
  await post('/api/v1/tasks', { kind: 'call', subject: 'B call for the rep', relatedTo: { type: 'account', id: theirs.accounts }, assigneeId: theirs.users });
  theirs.notifications = (await h.owner.query<{ id: string }>('select id from notifications where org_id = $1', [b.orgId])).rows[0]!.id;
});
afterAll(() => h.close());

async function transitionsOfB(): Promise<number> {
  const { rows } = await h.owner.query<{ n: number }>(`select count(*)::int as n from audit_events where org_id = $1 and action not in ('create', 'login')`, [b.orgId]);
  return rows[0]!.n;
}

const resourceOf = (url: string) => /^\/api\/v1\/([a-z-]+)\/:id/.exec(url)?.[1];

describe('a user of organisation A cannot reach anything of organisation B', () => {
  it('answers 404 on every route that names one of B’s records, and changes nothing', async () => {
    const byId = h.routes.filter((r) => resourceOf(r.url));
    expect(byId.length).toBeGreaterThan(10);
    for (const route of byId) {
      const resource = resourceOf(route.url)!;
      const id = theirs[resource];
      expect(id, `tenancy test has no record of B for ${resource}: add one`).toBeDefined();
      const action = /\/:id\/(.+)$/.exec(route.url)?.[1];
      const body =
        route.method === 'PATCH' ? validPatch[resource] : route.method === 'POST' || route.method === 'PUT' ? (validAction[`${resource}/${action}`] ?? {}) : undefined;
      const url = route.url.replace(/:(\w+)/g, (_match, param: string) => {
        const value = param === 'id' ? id : theirs[paramResource[param] ?? ''];
        expect(value, `tenancy test cannot fill :${param} of ${route.url}: add it to paramResource`).toBeDefined();
        return value!;
      });
      const res = await call(h.app, route.method as 'GET', url, { session: a, body });
      expect(res.status, `${route.method} ${route.url}`).toBe(404);
    }
    expect(await transitionsOfB()).toBe(theirTransitions);
    const { rows: records } = await h.owner.query(
      `select version, archived_at from users where id = $1 union all select version, archived_at from teams where id = $2
       union all select version, archived_at from territories where id = $3 union all select version, archived_at from accounts where id = $4
       union all select version, archived_at from contacts where id = $5 union all select version, archived_at from pipelines where id = $6
       union all select version, archived_at from opportunities where id = $7 union all select version, archived_at from leads where id = $8
       union all select version, archived_at from lost_reasons where id = $9
       union all select version, archived_at from tax_rates where id = $10 union all select version, archived_at from products where id = $11
       union all select version, archived_at from price_lists where id = $12 union all select version, archived_at from exchange_rates where id = $13
       union all select version, archived_at from product_prices where price_list_id = $12 and product_id = $11`,
      [
        theirs.users, theirs.teams, theirs.territories, theirs.accounts, theirs.contacts, theirs.pipelines, theirs.opportunities, theirs.leads, theirs['lost-reasons'],
        theirs['tax-rates'], theirs.products, theirs['price-lists'], theirs['exchange-rates'],
      ],
    );
    expect(records).toEqual(Array.from({ length: 14 }, () => ({ version: 1, archived_at: null })));
  });

  it('never lists B’s records in any collection of A', async () => {
    const collections = h.routes.filter((r) => r.method === 'GET' && !r.url.includes(':') && r.access !== 'public');
    expect(collections.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/v1/users', '/api/v1/audit-events']));
    const secrets = [b.orgId, ...Object.values(theirs)];
    for (const route of collections) {
      // Collections are asked for everything, archived records included; other GETs as they are.
      const query = collectionQuery[route.url] ?? 'archived=include&limit=200';
      let res = await call(h.app, 'GET', `${route.url}?${query}`, { session: a });
      if (res.status === 400) res = await call(h.app, 'GET', route.url, { session: a });
      expect(res.status, route.url).toBe(200);
      const text = JSON.stringify(res.body);
      for (const secret of secrets) expect(text, `${route.url} leaks ${secret}`).not.toContain(secret);
    }
  });

  it('cannot point its own records at B’s records', async () => {
    const res = await call(h.app, 'POST', '/api/v1/territories', { session: a, body: { name: 'Mine', code: 'MINE', repId: theirs.users } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'repId' })]);
    const team = await call(h.app, 'POST', '/api/v1/teams', { session: a, body: { name: 'Mine', managerId: theirs.users } });
    expect(team.status).toBe(422);
    const account = await call(h.app, 'POST', '/api/v1/accounts', { session: a, body: { name: 'Mine', territoryId: theirs.territories } });
    expect(account.body.errors).toEqual([expect.objectContaining({ path: 'territoryId' })]);
    const owned = await call(h.app, 'POST', '/api/v1/accounts', { session: a, body: { name: 'Mine', ownerId: theirs.users } });
    expect(owned.body.errors).toEqual([expect.objectContaining({ path: 'ownerId' })]);
    const contact = await call(h.app, 'POST', '/api/v1/contacts', { session: a, body: { accountId: theirs.accounts, firstName: 'Mine' } });
    expect(contact.body.errors).toEqual([expect.objectContaining({ path: 'accountId' })]);
    const deal = await call(h.app, 'POST', '/api/v1/opportunities', { session: a, body: { name: 'Mine', accountId: theirs.accounts } });
    expect(deal.body.errors).toEqual([expect.objectContaining({ path: 'accountId' })]);
    const quote = await call(h.app, 'POST', '/api/v1/quotes', { session: a, body: { opportunityId: theirs.opportunities } });
    expect(quote.body.errors).toEqual([expect.objectContaining({ path: 'opportunityId' })]);
    const delivery = await call(h.app, 'POST', '/api/v1/deliveries', { session: a, body: { orderId: theirs.orders, lines: [{ orderLineId: theirs.orders, quantity: '1' }] } });
    expect(delivery.body.errors).toEqual([expect.objectContaining({ path: 'orderId' })]);
    const invoice = await call(h.app, 'POST', '/api/v1/invoices', { session: a, body: { orderId: theirs.orders } });
    expect(invoice.body.errors).toEqual([expect.objectContaining({ path: 'orderId' })]);
    const payment = await call(h.app, 'POST', '/api/v1/payments', { session: a, body: { invoiceId: theirs.invoices, amount: '1.00', paidOn: '2026-01-02', method: 'cash' } });
    expect(payment.body.errors).toEqual([expect.objectContaining({ path: 'invoiceId' })]);
    const inPipeline = await call(h.app, 'POST', '/api/v1/accounts', { session: a, body: { name: 'Mine too' } });
    const theirPipeline = await call(h.app, 'POST', '/api/v1/opportunities', { session: a, body: { name: 'Mine', accountId: inPipeline.body.id, pipelineId: theirs.pipelines } });
    expect(theirPipeline.body.errors).toEqual([expect.objectContaining({ path: 'pipelineId' })]);
    const product = await call(h.app, 'POST', '/api/v1/products', { session: a, body: { sku: 'MINE-1', name: 'Mine', taxRateId: theirs['tax-rates'] } });
    expect(product.body.errors).toEqual([expect.objectContaining({ path: 'taxRateId' })]);
    const mine = await call(h.app, 'POST', '/api/v1/products', { session: a, body: { sku: 'MINE-1', name: 'Mine' } });
    const myList = (await call(h.app, 'GET', '/api/v1/price-lists', { session: a })).body.data[0].id as string;
    expect((await call(h.app, 'PUT', `/api/v1/price-lists/${myList}/prices/${theirs.products}`, { session: a, body: { unitPrice: '1.00' } })).status).toBe(404);
    expect((await call(h.app, 'PUT', `/api/v1/price-lists/${theirs['price-lists']}/prices/${mine.body.id}`, { session: a, body: { unitPrice: '1.00' } })).status).toBe(404);
    const lead = await call(h.app, 'POST', '/api/v1/leads', { session: a, body: { firstName: 'Mine', force: true } });
    const convert = await call(h.app, 'POST', `/api/v1/leads/${lead.body.id}/convert`, { session: a, body: { accountId: theirs.accounts } });
    expect(convert.body.errors).toEqual([expect.objectContaining({ path: 'accountId' })]);
    const task = await call(h.app, 'POST', '/api/v1/tasks', { session: a, body: { kind: 'call', subject: 'Mine', relatedTo: { type: 'account', id: theirs.accounts } } });
    expect(task.body.errors).toEqual([expect.objectContaining({ path: 'relatedTo.id' })]);
    const typed = await call(h.app, 'POST', '/api/v1/tasks', { session: a, body: { taskTypeId: theirs['task-types'], subject: 'Mine', relatedTo: { type: 'account', id: inPipeline.body.id } } });
    expect(typed.body.errors).toEqual([expect.objectContaining({ path: 'taskTypeId' })]);
    const project = await call(h.app, 'POST', '/api/v1/projects', { session: a, body: { accountId: theirs.accounts, name: 'Mine' } });
    expect(project.body.errors).toEqual([expect.objectContaining({ path: 'accountId' })]);
    const spent = await call(h.app, 'POST', '/api/v1/time-entries', { session: a, body: { taskId: theirs.tasks, date: '2026-01-02', minutes: 5 } });
    expect(spent.body.errors).toEqual([expect.objectContaining({ path: 'taskId' })]);
  });

  it('finds no duplicates in B when A checks B’s lead e-mail and company', async () => {
    const res = await call(h.app, 'GET', '/api/v1/leads/duplicates?email=bruno@b.example&company=B%20prospect', { session: a });
    expect(res).toMatchObject({ status: 200, body: { data: [] } });
    const created = await call(h.app, 'POST', '/api/v1/leads', { session: a, body: { firstName: 'Bruno', email: 'bruno@b.example', company: 'B customer' } });
    expect(created.status).toBe(201);
  });

  it('cannot use B’s API key against A, nor A’s session with B’s CSRF token', async () => {
    const res = await call(h.app, 'PATCH', '/api/v1/organization', { session: { ...a, csrf: b.csrf }, body: { name: 'Hijacked' } });
    expect(res.status).toBe(403);
  });
});

describe('the database enforces the tenant boundary by itself', () => {
  async function asTenant<T>(orgId: string | null, fn: (q: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<T>) {
    const client = await h.pool.connect();
    try {
      await client.query('begin');
      if (orgId) await client.query(`select set_config('app.org_id', $1, true)`, [orgId]);
      return await fn((sql, params) => client.query(sql, params));
    } finally {
      await client.query('rollback');
      client.release();
    }
  }

  async function tenantTables(): Promise<string[]> {
    const { rows } = await h.owner.query<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'org_id' order by 1`,
    );
    return rows.map((r) => r.table_name);
  }

  it('has row-level security and a tenant policy on every table with org_id, and on organizations', async () => {
    const tables = [...(await tenantTables()), 'organizations'];
    expect(tables.length).toBeGreaterThanOrEqual(7);
    const { rows } = await h.owner.query<{ relname: string; rls: boolean; policies: number }>(
      `select c.relname, c.relrowsecurity as rls, (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relname = any($1)`,
      [tables],
    );
    expect(rows).toHaveLength(tables.length);
    for (const row of rows) expect(row, row.relname).toMatchObject({ rls: true, policies: 1 });
  });

  it('serves requests as a role that is not superuser, cannot bypass RLS and owns no table', async () => {
    const { rows } = await h.pool.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      `select rolsuper, rolbypassrls, (select count(*)::int from pg_tables where tableowner = current_user) as owned
       from pg_roles where rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('shows the app role nothing of B inside A’s transaction, and nothing at all outside a tenant', async () => {
    for (const table of await tenantTables()) {
      const fromA = await asTenant(a.orgId, (q) => q(`select count(*)::int as n from ${table} where org_id = $1`, [b.orgId]));
      expect(fromA.rows[0]!.n, table).toBe(0);
      const outside = await asTenant(null, (q) => q(`select count(*)::int as n from ${table}`));
      expect(outside.rows[0]!.n, table).toBe(0);
    }
  });

  it('refuses to write a row of B from A’s transaction', async () => {
    await expect(
      asTenant(a.orgId, (q) => q(`insert into territories (org_id, name, code) values ($1, 'Sneaky', 'SNK')`, [b.orgId])),
    ).rejects.toThrow(/row-level security/);
    const updated = await asTenant(a.orgId, (q) => q(`update territories set name = 'Sneaky' where id = $1 returning id`, [theirs.territories]));
    expect(updated.rows).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common.js';
import { findAccountDuplicates, markAccountCustomer } from '../../src/server/modules/accounts/index.js';
import { systemClock } from '../../src/server/kernel/clock.js';
import { actorOf } from '../../src/server/platform/access/actor.js';
import type { Ctx } from '../../src/server/platform/context.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { call, expectProblem, newOrganization, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newAccount, newContact, salesFootprint, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

let h: Harness;
let o: SalesOrganization;
/** A record of another organisation, which no reference may point to. */
let foreign: { userId: string; territoryId: string };

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  const other = await newOrganization(h);
  const territory = await call(h.app, 'POST', '/api/v1/territories', { session: other.admin, body: { name: 'Elsewhere', code: 'ELSE' } });
  foreign = { userId: other.admin.userId, territoryId: territory.body.id };
});
afterAll(() => h.close());

const get = (session: Session, url: string) => call(h.app, 'GET', url, { session });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) =>
  call(h.app, 'PATCH', `/api/v1/accounts/${id}`, { session, body, headers });

async function territory(code: string): Promise<string> {
  const res = await call(h.app, 'POST', '/api/v1/territories', { session: o.admin, body: { name: `Zone ${code}`, code } });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

function expectFieldError(res: Response, path: string): void {
  expectProblem(res, 422);
  expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

async function listIds(session: Session, query = ''): Promise<string[]> {
  const res = await get(session, `/api/v1/accounts?limit=200${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.data as { id: string }[]).map((a) => a.id);
}

describe('accounts: create, read, change, archive', () => {
  it('creates an account with only a name: owned by the caller, in the organisation’s base currency, a prospect', async () => {
    const res = await call(h.app, 'POST', '/api/v1/accounts', { session: o.repNorth, body: { name: '  Ferretería Sol  ' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Ferretería Sol',
      ownerId: o.repNorth.userId,
      currency: 'EUR',
      lifecycle: 'prospect',
      paymentTerms: 'net_30',
      creditLimit: null,
      territoryId: null,
      address: { street: '', city: '', region: '', postalCode: '', country: null },
      version: 1,
      archivedAt: null,
    });
    const read = await get(o.repNorth, `/api/v1/accounts/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(res.body);
  });

  it('defaults the currency to the base currency the organisation has now', async () => {
    const { admin } = await newOrganization(h);
    expect((await call(h.app, 'PATCH', '/api/v1/organization', { session: admin, body: { baseCurrency: 'MXN' } })).status).toBe(200);
    expect((await newAccount(h, admin)).currency).toBe('MXN');
  });

  it('stores every field, with the address nested and the credit limit as money in the currency’s minor unit', async () => {
    const zone = await territory('FULL');
    const body = {
      name: 'Acme Iberia',
      legalName: 'Acme Iberia S.L.',
      taxId: 'B12345678',
      email: 'compras@acme.example',
      phone: '+34 900 000 000',
      website: 'https://acme.example',
      industry: 'Hardware',
      address: { street: 'Calle Mayor 1', city: 'Sevilla', region: 'Andalucía', postalCode: '41001', country: 'ES' },
      territoryId: zone,
      lifecycle: 'customer',
      paymentTerms: 'net_60',
      creditLimit: { amount: '5000.5', currency: 'EUR' },
      notes: 'Pays on time.',
    };
    const created = await newAccount(h, o.admin, body);
    expect(created).toMatchObject({ ...body, creditLimit: { amount: '5000.50', currency: 'EUR' }, ownerId: o.admin.userId, currency: 'EUR' });
    const yen = await newAccount(h, o.admin, { currency: 'JPY', creditLimit: { amount: '1000000', currency: 'JPY' } });
    expect(yen.creditLimit).toEqual({ amount: '1000000', currency: 'JPY' });
  });

  it('changes only the address sub-fields a PATCH names', async () => {
    const account = await newAccount(h, o.repNorth, { address: { street: 'Calle Mayor 1', city: 'Sevilla', postalCode: '41001', country: 'ES' } });
    const res = await patch(o.repNorth, account.id, { address: { city: 'Córdoba' }, phone: '+34 1' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ version: 2, phone: '+34 1', address: { street: 'Calle Mayor 1', city: 'Córdoba', region: '', postalCode: '41001', country: 'ES' } });
    expect(res.headers.etag).toBe('"2"');
    const cleared = await patch(o.repNorth, account.id, { address: { country: null } });
    expect(cleared.body.address).toEqual({ street: 'Calle Mayor 1', city: 'Córdoba', region: '', postalCode: '41001', country: null });
  });

  it('changes the currency together with the credit limit, and clears the limit with null', async () => {
    const account = await newAccount(h, o.repNorth, { creditLimit: { amount: '100', currency: 'EUR' } });
    const moved = await patch(o.repNorth, account.id, { currency: 'USD', creditLimit: { amount: '120', currency: 'USD' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ currency: 'USD', creditLimit: { amount: '120.00', currency: 'USD' } });
    const cleared = await patch(o.repNorth, account.id, { creditLimit: null });
    expect(cleared.body.creditLimit).toBeNull();
    const again = await patch(o.repNorth, account.id, { currency: 'GBP' });
    expect(again.body.currency).toBe('GBP');
  });

  it('archives with DELETE: the account leaves the default list, stays readable, and can no longer be changed', async () => {
    const account = await newAccount(h, o.repNorth);
    expect((await call(h.app, 'DELETE', `/api/v1/accounts/${account.id}`, { session: o.repNorth })).status).toBe(204);
    const read = await get(o.repNorth, `/api/v1/accounts/${account.id}`);
    expect(read.body).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    expect(await listIds(o.repNorth)).not.toContain(account.id);
    expect(await listIds(o.repNorth, '&archived=include')).toContain(account.id);
    expect(await listIds(o.repNorth, '&archived=only')).toEqual([account.id]);

    const before = await salesFootprint(h, o.orgId);
    const change = await patch(o.repNorth, account.id, { name: 'Back again' });
    expectProblem(change, 409);
    expect(change.body.code).toBe('invalid_state');
    expect((await call(h.app, 'DELETE', `/api/v1/accounts/${account.id}`, { session: o.repNorth })).status).toBe(204);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it('answers 404 for an account that does not exist', async () => {
    expectProblem(await get(o.admin, `/api/v1/accounts/${randomUUID()}`), 404);
    expectProblem(await patch(o.admin, randomUUID(), { name: 'x' }), 404);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/accounts/${randomUUID()}`, { session: o.admin }), 404);
  });
});

describe('accounts: invalid input answers 422 naming the field and writes nothing', () => {
  type Case = [description: string, body: () => unknown, path: string];
  const create: Case[] = [
    ['a missing name', () => ({}), 'name'],
    ['a blank name', () => ({ name: '   ' }), 'name'],
    ['an unknown field', () => ({ name: 'A', rating: 'AAA' }), 'rating'],
    ['a bad e-mail', () => ({ name: 'A', email: 'nope' }), 'email'],
    ['a currency that is not an ISO code', () => ({ name: 'A', currency: 'euro' }), 'currency'],
    ['an unknown lifecycle', () => ({ name: 'A', lifecycle: 'lost' }), 'lifecycle'],
    ['unknown payment terms', () => ({ name: 'A', paymentTerms: 'net_7' }), 'paymentTerms'],
    ['a lower-case country', () => ({ name: 'A', address: { country: 'es' } }), 'address.country'],
    ['an unknown address field', () => ({ name: 'A', address: { planet: 'Earth' } }), 'address.planet'],
    ['a credit limit as a JSON number', () => ({ name: 'A', creditLimit: { amount: 100, currency: 'EUR' } }), 'creditLimit.amount'],
    ['a credit limit in another currency', () => ({ name: 'A', creditLimit: { amount: '100', currency: 'USD' } }), 'creditLimit.currency'],
    ['a credit limit in another currency than the one given', () => ({ name: 'A', currency: 'USD', creditLimit: { amount: '1', currency: 'EUR' } }), 'creditLimit.currency'],
    ['a negative credit limit', () => ({ name: 'A', creditLimit: { amount: '-1', currency: 'EUR' } }), 'creditLimit.amount'],
    ['a credit limit finer than cents', () => ({ name: 'A', creditLimit: { amount: '1.005', currency: 'EUR' } }), 'creditLimit.amount'],
    ['a non-UUID territoryId', () => ({ name: 'A', territoryId: 'north' }), 'territoryId'],
    ['a territory that does not exist', () => ({ name: 'A', territoryId: randomUUID() }), 'territoryId'],
    ['a territory of another organisation', () => ({ name: 'A', territoryId: foreign.territoryId }), 'territoryId'],
    ['an owner of another organisation', () => ({ name: 'A', ownerId: foreign.userId }), 'ownerId'],
  ];

  it.each(create)('POST with %s', async (_description, body, path) => {
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await call(h.app, 'POST', '/api/v1/accounts', { session: o.admin, body: body() }), path);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it('POST with an archived territory', async () => {
    const zone = await territory('GONE');
    expect((await call(h.app, 'DELETE', `/api/v1/territories/${zone}`, { session: o.admin })).status).toBe(204);
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await call(h.app, 'POST', '/api/v1/accounts', { session: o.admin, body: { name: 'A', territoryId: zone } }), 'territoryId');
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  const change: Case[] = [
    ['a null name', () => ({ name: null }), 'name'],
    ['an unknown field', () => ({ orgId: randomUUID() }), 'orgId'],
    ['a new currency while the credit limit stays in the old one', () => ({ currency: 'USD' }), 'currency'],
    ['a credit limit in another currency', () => ({ creditLimit: { amount: '1', currency: 'USD' } }), 'creditLimit.currency'],
    ['a territory that does not exist', () => ({ territoryId: randomUUID() }), 'territoryId'],
    ['an owner of another organisation', () => ({ ownerId: foreign.userId }), 'ownerId'],
  ];

  it.each(change)('PATCH with %s', async (_description, body, path) => {
    const account = await newAccount(h, o.admin, { creditLimit: { amount: '10', currency: 'EUR' } });
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await patch(o.admin, account.id, body()), path);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('accounts: who sees what', () => {
  let mine: Record<'repNorth' | 'repNorth2' | 'repSouth' | 'managerNorth' | 'admin', string>;
  beforeAll(async () => {
    mine = {
      repNorth: (await newAccount(h, o.repNorth, { name: 'Visible North' })).id,
      repNorth2: (await newAccount(h, o.repNorth2, { name: 'Visible North 2' })).id,
      repSouth: (await newAccount(h, o.repSouth, { name: 'Hidden South', address: { city: 'Cádiz' } })).id,
      managerNorth: (await newAccount(h, o.managerNorth, { name: 'Managed' })).id,
      admin: (await newAccount(h, o.admin, { name: 'Head office' })).id,
    };
  });

  it.each([
    ['repNorth', ['repNorth']],
    ['repSouth', ['repSouth']],
    ['managerNorth', ['repNorth', 'repNorth2', 'managerNorth']],
    ['admin', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
    ['finance', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
    ['support', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
  ] as const)('lists for %s exactly the accounts of %j', async (who, owners) => {
    const listed = await listIds(o[who], '&archived=include');
    const ours = Object.values(mine);
    expect(listed.filter((id) => ours.includes(id)).sort()).toEqual(owners.map((owner) => mine[owner]).sort());
    for (const [owner, id] of Object.entries(mine)) {
      const res = await get(o[who], `/api/v1/accounts/${id}`);
      expect(res.status, `${who} GET ${owner}'s account`).toBe((owners as readonly string[]).includes(owner) ? 200 : 404);
    }
  });

  it('answers 404 to a rep who reads, changes, archives or asks the history of another rep’s account, and changes nothing', async () => {
    const id = mine.repSouth;
    const before = await salesFootprint(h, o.orgId);
    expectProblem(await get(o.repNorth, `/api/v1/accounts/${id}`), 404);
    expectProblem(await patch(o.repNorth, id, { name: 'Mine now' }), 404);
    expectProblem(await patch(o.repNorth, id, { name: 'Mine now' }, { 'if-match': '"1"' }), 404);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/accounts/${id}`, { session: o.repNorth }), 404);
    expectProblem(await get(o.repNorth, `/api/v1/accounts/${id}/timeline`), 404);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repSouth, `/api/v1/accounts/${id}`)).body).toMatchObject({ name: 'Hidden South', version: 1, archivedAt: null });
  });

  it('answers 404 to a manager for an account of a team they do not manage', async () => {
    expectProblem(await get(o.managerNorth, `/api/v1/accounts/${mine.repSouth}`), 404);
    expectProblem(await patch(o.managerNorth, mine.repSouth, { notes: 'x' }), 404);
    const changed = await patch(o.managerNorth, mine.repNorth, { notes: 'Checked by the manager' });
    expect(changed.status).toBe(200);
  });

  it('hides what is not visible from filters and search too', async () => {
    expect(await listIds(o.repNorth, `&filter[ownerId]=${o.repSouth.userId}`)).toEqual([]);
    expect(await listIds(o.repNorth, '&q=Hidden')).toEqual([]);
    expect(await listIds(o.repNorth, '&q=C%C3%A1diz')).toEqual([]);
    expect(await listIds(o.repSouth, '&q=C%C3%A1diz')).toEqual([mine.repSouth]);
  });

  it('lets finance read but not write accounts', async () => {
    expect((await get(o.finance, `/api/v1/accounts/${mine.repSouth}`)).status).toBe(200);
    const before = await salesFootprint(h, o.orgId);
    expectProblem(await call(h.app, 'POST', '/api/v1/accounts', { session: o.finance, body: { name: 'Nope' } }), 403);
    expectProblem(await patch(o.finance, mine.repSouth, { name: 'Nope' }), 403);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/accounts/${mine.repSouth}`, { session: o.finance }), 403);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('accounts: owner assignment', () => {
  it('refuses a rep giving an account to another rep, on create and on change', async () => {
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await call(h.app, 'POST', '/api/v1/accounts', { session: o.repNorth, body: { name: 'Gift', ownerId: o.repNorth2.userId } }), 'ownerId');
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
    const account = await newAccount(h, o.repNorth, { ownerId: o.repNorth.userId });
    expectFieldError(await patch(o.repNorth, account.id, { ownerId: o.repNorth2.userId }), 'ownerId');
  });

  it('lets a manager assign within their team but not outside it', async () => {
    const forRep = await newAccount(h, o.managerNorth, { ownerId: o.repNorth.userId });
    expect(forRep.ownerId).toBe(o.repNorth.userId);
    expect((await get(o.repNorth, `/api/v1/accounts/${forRep.id}`)).status).toBe(200);
    expectFieldError(await call(h.app, 'POST', '/api/v1/accounts', { session: o.managerNorth, body: { name: 'South', ownerId: o.repSouth.userId } }), 'ownerId');
  });

  it('moves an account out of the old owner’s sight when a manager reassigns it', async () => {
    const account = await newAccount(h, o.repNorth);
    const moved = await patch(o.managerNorth, account.id, { ownerId: o.repNorth2.userId });
    expect(moved.status).toBe(200);
    expectProblem(await get(o.repNorth, `/api/v1/accounts/${account.id}`), 404);
    expect((await get(o.repNorth2, `/api/v1/accounts/${account.id}`)).status).toBe(200);
  });

  it('lets an admin assign to anyone, and keeps the owner when a PATCH repeats it', async () => {
    const account = await newAccount(h, o.admin, { ownerId: o.repSouth.userId });
    const same = await patch(o.repSouth, account.id, { ownerId: o.repSouth.userId, name: 'Renamed' });
    expect(same.body).toMatchObject({ ownerId: o.repSouth.userId, name: 'Renamed' });
  });
});

describe('accounts: versions, audit trail and timeline', () => {
  it('answers 412 with the current version to a stale If-Match and writes nothing', async () => {
    const account = await newAccount(h, o.repNorth);
    expect((await patch(o.repNorth, account.id, { name: 'First' }, { 'if-match': '"1"' })).status).toBe(200);
    const before = await salesFootprint(h, o.orgId);
    const stale = await patch(o.repNorth, account.id, { name: 'Second' }, { 'if-match': '"1"' });
    expectProblem(stale, 412);
    expect(stale.body.currentVersion).toBe(2);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repNorth, `/api/v1/accounts/${account.id}`)).body.name).toBe('First');
  });

  it('writes one audit row per create, change and archive, and shows them newest first on the timeline', async () => {
    const account = await newAccount(h, o.repNorth, { name: 'Audited', creditLimit: { amount: '100', currency: 'EUR' } });
    await patch(o.repNorth, account.id, { address: { city: 'Huelva' }, creditLimit: { amount: '250.5', currency: 'EUR' } });
    await call(h.app, 'DELETE', `/api/v1/accounts/${account.id}`, { session: o.repNorth });

    const { rows } = await h.owner.query<{ action: string; entity_type: string; actor_user_id: string }>(
      'select action, entity_type, actor_user_id from audit_events where entity_id = $1 order by occurred_at',
      [account.id],
    );
    expect(rows).toEqual(['create', 'update', 'archive'].map((action) => ({ action, entity_type: 'accounts', actor_user_id: o.repNorth.userId })));

    const timeline = await get(o.repNorth, `/api/v1/accounts/${account.id}/timeline`);
    expect(timeline.status).toBe(200);
    const events = timeline.body.data as { action: string; changes: Record<string, unknown> }[];
    expect(events.map((e) => e.action)).toEqual(['archive', 'update', 'create']);
    expect(events[1]!.changes).toEqual({ city: { before: '', after: 'Huelva' }, creditLimit: { before: '100.00', after: '250.50' } });
    expect(events[2]!.changes).toMatchObject({ name: { before: null, after: 'Audited' }, ownerId: { before: null, after: o.repNorth.userId } });
    expect((await get(o.managerNorth, `/api/v1/accounts/${account.id}/timeline`)).status).toBe(200);
  });
});

describe('accounts: lists', () => {
  it('pages with a cursor in name order, filters by territory and lifecycle, and searches name, legal name, tax id, e-mail and city', async () => {
    const { admin } = await newOrganization(h);
    const zoneRes = await call(h.app, 'POST', '/api/v1/territories', { session: admin, body: { name: 'Zone', code: 'Z' } });
    const zone = zoneRes.body.id as string;
    const seed = [
      { name: 'Delta', taxId: 'B-777' },
      { name: 'alpha', email: 'buy@alpha.example' },
      { name: 'Echo', territoryId: zone, lifecycle: 'customer' },
      { name: 'Bravo', legalName: 'Bravo Holdings' },
      { name: 'Charlie', address: { city: 'Zaragoza' }, territoryId: zone },
    ];
    const created = [];
    for (const body of seed) created.push(await newAccount(h, admin, body));

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await get(admin, `/api/v1/accounts?limit=2&sort=name${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      pages.push((res.body.data as { name: string }[]).map((a) => a.name));
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toHaveLength(5);
    expect(new Set(pages.flat())).toEqual(new Set(seed.map((s) => s.name)));

    const names = async (query: string) => ((await get(admin, `/api/v1/accounts?${query}`)).body.data as { name: string }[]).map((a) => a.name);
    const newestFirst = [...created].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));
    expect(await names('sort=-createdAt')).toEqual(newestFirst.map((a) => a.name));
    expect(await names(`filter[territoryId]=${zone}&sort=name`)).toEqual(['Charlie', 'Echo']);
    expect(await names('filter[lifecycle]=customer')).toEqual(['Echo']);
    expect(await names('q=holdings')).toEqual(['Bravo']);
    expect(await names('q=b-777')).toEqual(['Delta']);
    expect(await names('q=alpha.example')).toEqual(['alpha']);
    expect(await names('q=zaragoza')).toEqual(['Charlie']);
    expectProblem(await get(admin, '/api/v1/accounts?filter[lifecycle]=lost'), 400);
    expectProblem(await get(admin, '/api/v1/accounts?sort=city'), 400);
  });
});

/** Runs a module function in a transaction as this person, the way a route's req.run does. */
function asActor<T>(session: Session, role: Role, teamId: string | null, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const actor = actorOf({ orgId: session.orgId, userId: session.userId, role, teamId });
  return withTenant(h.db, session.orgId, session.userId, (tx) => fn({ tx, actor, clock: systemClock }));
}

describe('what the module offers to other modules', () => {
  it('makes a won deal’s account a customer, on record, even for an actor who cannot see the account', async () => {
    const account = await newAccount(h, o.repSouth);
    await asActor(o.repNorth, 'sales_rep', o.teams.north, (ctx) => markAccountCustomer(ctx, account.id));
    const read = await get(o.repSouth, `/api/v1/accounts/${account.id}`);
    expect(read.body).toMatchObject({ lifecycle: 'customer', version: 2 });
    const timeline = await get(o.repSouth, `/api/v1/accounts/${account.id}/timeline`);
    expect(timeline.body.data[0]).toMatchObject({ action: 'update', actorUserId: o.repNorth.userId, changes: { lifecycle: { before: 'prospect', after: 'customer' } } });
  });

  it('finds possible duplicates by company name and e-mail in the whole organisation, naming only what the actor can see', async () => {
    const tag = randomUUID().slice(0, 8);
    const account = await newAccount(h, o.repSouth, { name: `Dup ${tag} S.A.`, email: `buy-${tag}@dup.example` });
    const contact = await newContact(h, o.repSouth, account.id, { firstName: 'Dina', lastName: 'Dup', email: `dina-${tag}@dup.example` });
    const probe = { company: ` dup ${tag} s.a. `, email: `DINA-${tag}@dup.example` };
    expect(await asActor(o.repSouth, 'sales_rep', o.teams.south, (ctx) => findAccountDuplicates(ctx, probe))).toEqual([
      { type: 'accounts', id: account.id, name: `Dup ${tag} S.A.`, matchedOn: 'company' },
      { type: 'contacts', id: contact.id, name: 'Dina Dup', matchedOn: 'email' },
    ]);
    expect(await asActor(o.repSouth, 'sales_rep', o.teams.south, (ctx) => findAccountDuplicates(ctx, { email: `buy-${tag}@dup.example` }))).toEqual([
      expect.objectContaining({ id: account.id, matchedOn: 'email' }),
    ]);
    expect(await asActor(o.repNorth, 'sales_rep', o.teams.north, (ctx) => findAccountDuplicates(ctx, probe))).toEqual([
      { type: 'accounts', id: account.id, name: null, matchedOn: 'company' },
      { type: 'contacts', id: contact.id, name: null, matchedOn: 'email' },
    ]);
    expect(await asActor(o.repSouth, 'sales_rep', o.teams.south, (ctx) => findAccountDuplicates(ctx, {}))).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, newOrganization, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newAccount, newContact, salesFootprint, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

let h: Harness;
let o: SalesOrganization;

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
});
afterAll(() => h.close());

const get = (session: Session, url: string) => call(h.app, 'GET', url, { session });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) =>
  call(h.app, 'PATCH', `/api/v1/contacts/${id}`, { session, body, headers });
const archive = (session: Session, url: string) => call(h.app, 'DELETE', url, { session });

function expectFieldError(res: Response, path: string): void {
  expectProblem(res, 422);
  expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

async function listIds(session: Session, query = ''): Promise<string[]> {
  const res = await get(session, `/api/v1/contacts?limit=200${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.data as { id: string }[]).map((c) => c.id);
}

async function primariesOf(accountId: string): Promise<string[]> {
  const { rows } = await h.owner.query<{ id: string }>('select id from contacts where account_id = $1 and is_primary order by id', [accountId]);
  return rows.map((r) => r.id);
}

describe('contacts: create, read, change, archive', () => {
  it('adds a person to an account, owned by the caller, and lists them under it', async () => {
    const account = await newAccount(h, o.repNorth);
    const res = await call(h.app, 'POST', '/api/v1/contacts', {
      session: o.repNorth,
      body: { accountId: account.id, firstName: ' Lucía ', lastName: 'Gómez', email: 'lucia@acme.example', jobTitle: 'Buyer' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      accountId: account.id,
      firstName: 'Lucía',
      lastName: 'Gómez',
      email: 'lucia@acme.example',
      phone: '',
      mobile: '',
      jobTitle: 'Buyer',
      isPrimary: false,
      ownerId: o.repNorth.userId,
      notes: '',
      version: 1,
      archivedAt: null,
    });
    const read = await get(o.repNorth, `/api/v1/contacts/${res.body.id}`);
    expect(read.body).toEqual(res.body);
    expect(read.headers.etag).toBe('"1"');
    expect(await listIds(o.repNorth, `&filter[accountId]=${account.id}`)).toEqual([res.body.id]);

    const changed = await patch(o.repNorth, res.body.id, { phone: '+34 600 000 000' }, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ phone: '+34 600 000 000', version: 2 });
  });

  it('archives with DELETE: the contact leaves the default list and can no longer be changed', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id);
    expect((await archive(o.repNorth, `/api/v1/contacts/${contact.id}`)).status).toBe(204);
    expect(await listIds(o.repNorth, `&filter[accountId]=${account.id}`)).toEqual([]);
    expect(await listIds(o.repNorth, `&filter[accountId]=${account.id}&archived=include`)).toEqual([contact.id]);
    const before = await salesFootprint(h, o.orgId);
    const change = await patch(o.repNorth, contact.id, { firstName: 'Again' });
    expectProblem(change, 409);
    expect(change.body.code).toBe('invalid_state');
    expect((await archive(o.repNorth, `/api/v1/contacts/${contact.id}`)).status).toBe(204);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it('keeps the contacts of an archived account, and accepts no new ones on it', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id);
    expect((await archive(o.repNorth, `/api/v1/accounts/${account.id}`)).status).toBe(204);
    expect(await listIds(o.repNorth, `&filter[accountId]=${account.id}`)).toEqual([contact.id]);
    expect((await get(o.repNorth, `/api/v1/contacts/${contact.id}`)).body.archivedAt).toBeNull();
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await call(h.app, 'POST', '/api/v1/contacts', { session: o.repNorth, body: { accountId: account.id, firstName: 'Late' } }), 'accountId');
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('contacts: invalid input answers 422 naming the field and writes nothing', () => {
  let accountId: string;
  let contactId: string;
  beforeAll(async () => {
    accountId = (await newAccount(h, o.admin)).id;
    contactId = (await newContact(h, o.admin, accountId)).id;
  });

  type Case = [description: string, body: () => unknown, path: string];
  it.each<Case>([
    ['a missing accountId', () => ({ firstName: 'Ana' }), 'accountId'],
    ['a missing first name', () => ({ accountId }), 'firstName'],
    ['a blank first name', () => ({ accountId, firstName: ' ' }), 'firstName'],
    ['a bad e-mail', () => ({ accountId, firstName: 'Ana', email: 'ana@' }), 'email'],
    ['isPrimary as a string', () => ({ accountId, firstName: 'Ana', isPrimary: 'yes' }), 'isPrimary'],
    ['an unknown field', () => ({ accountId, firstName: 'Ana', birthday: '1990-01-01' }), 'birthday'],
    ['an account that does not exist', () => ({ accountId: randomUUID(), firstName: 'Ana' }), 'accountId'],
    ['an owner who does not exist', () => ({ accountId, firstName: 'Ana', ownerId: randomUUID() }), 'ownerId'],
  ])('POST with %s', async (_description, body, path) => {
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await call(h.app, 'POST', '/api/v1/contacts', { session: o.admin, body: body() }), path);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it.each<Case>([
    ['an accountId (a contact does not move between accounts)', () => ({ accountId: randomUUID() }), 'accountId'],
    ['a null first name', () => ({ firstName: null }), 'firstName'],
    ['a last name that is too long', () => ({ lastName: 'x'.repeat(101) }), 'lastName'],
  ])('PATCH with %s', async (_description, body, path) => {
    const before = await salesFootprint(h, o.orgId);
    expectFieldError(await patch(o.admin, contactId, body()), path);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it('answers 412 to a stale If-Match and writes nothing', async () => {
    expect((await patch(o.admin, contactId, { jobTitle: 'CEO' })).status).toBe(200);
    const before = await salesFootprint(h, o.orgId);
    const stale = await patch(o.admin, contactId, { jobTitle: 'CFO' }, { 'if-match': '"1"' });
    expectProblem(stale, 412);
    expect(stale.body.currentVersion).toBe(2);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('contacts: visible exactly when their account is', () => {
  let north: string;
  let south: string;
  let onNorth: string;
  let onSouth: string;
  /** On repNorth's account but owned by repSouth: the account decides, not the contact's owner. */
  let southOwnedOnNorth: string;
  beforeAll(async () => {
    north = (await newAccount(h, o.repNorth)).id;
    south = (await newAccount(h, o.repSouth)).id;
    onNorth = (await newContact(h, o.repNorth, north)).id;
    onSouth = (await newContact(h, o.repSouth, south)).id;
    southOwnedOnNorth = (await newContact(h, o.admin, north, { ownerId: o.repSouth.userId })).id;
  });

  it.each([
    ['repNorth', ['onNorth', 'southOwnedOnNorth']],
    ['repSouth', ['onSouth']],
    ['managerNorth', ['onNorth', 'southOwnedOnNorth']],
    ['admin', ['onNorth', 'onSouth', 'southOwnedOnNorth']],
    ['finance', ['onNorth', 'onSouth', 'southOwnedOnNorth']],
  ] as const)('shows %s the contacts %j, in lists and one by one', async (who, expected) => {
    const named = { onNorth, onSouth, southOwnedOnNorth };
    const listed = await listIds(o[who]);
    const ours = Object.values(named);
    expect(listed.filter((id) => ours.includes(id)).sort()).toEqual(expected.map((n) => named[n]).sort());
    for (const [name, id] of Object.entries(named)) {
      const res = await get(o[who], `/api/v1/contacts/${id}`);
      expect(res.status, `${who} GET ${name}`).toBe((expected as readonly string[]).includes(name) ? 200 : 404);
    }
  });

  it('answers 404 to a rep on every route of a contact of another rep’s account, and changes nothing', async () => {
    const before = await salesFootprint(h, o.orgId);
    expectProblem(await get(o.repNorth, `/api/v1/contacts/${onSouth}`), 404);
    expectProblem(await patch(o.repNorth, onSouth, { firstName: 'Mallory' }), 404);
    expectProblem(await patch(o.repNorth, onSouth, { isPrimary: true }), 404);
    expectProblem(await archive(o.repNorth, `/api/v1/contacts/${onSouth}`), 404);
    expectProblem(await get(o.repNorth, `/api/v1/contacts/${onSouth}/timeline`), 404);
    expect(await listIds(o.repNorth, `&filter[accountId]=${south}`)).toEqual([]);
    expect(await listIds(o.repNorth, '&q=Carla')).not.toContain(onSouth);
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it('answers 422 on accountId to a rep adding a contact to an account they cannot see', async () => {
    const before = await salesFootprint(h, o.orgId);
    const res = await call(h.app, 'POST', '/api/v1/contacts', { session: o.repNorth, body: { accountId: south, firstName: 'Sneaky' } });
    expectFieldError(res, 'accountId');
    expect(await salesFootprint(h, o.orgId)).toEqual(before);
  });

  it('moves the contacts with the account when it changes owner', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id);
    expect((await call(h.app, 'PATCH', `/api/v1/accounts/${account.id}`, { session: o.managerNorth, body: { ownerId: o.repNorth2.userId } })).status).toBe(200);
    expectProblem(await get(o.repNorth, `/api/v1/contacts/${contact.id}`), 404);
    expect((await get(o.repNorth2, `/api/v1/contacts/${contact.id}`)).status).toBe(200);
  });

  it('refuses a rep giving a contact to another rep', async () => {
    const account = await newAccount(h, o.repNorth);
    expectFieldError(await call(h.app, 'POST', '/api/v1/contacts', { session: o.repNorth, body: { accountId: account.id, firstName: 'A', ownerId: o.repNorth2.userId } }), 'ownerId');
    const contact = await newContact(h, o.repNorth, account.id);
    expectFieldError(await patch(o.repNorth, contact.id, { ownerId: o.repNorth2.userId }), 'ownerId');
    expect((await patch(o.managerNorth, contact.id, { ownerId: o.repNorth2.userId })).status).toBe(200);
  });
});

describe('contacts: one primary contact per account', () => {
  it('demotes the previous primary contact, on record, when another becomes primary', async () => {
    const account = await newAccount(h, o.repNorth);
    const first = await newContact(h, o.repNorth, account.id, { isPrimary: true });
    const second = await newContact(h, o.repNorth, account.id, { isPrimary: true });
    expect(await primariesOf(account.id)).toEqual([second.id]);
    expect((await get(o.repNorth, `/api/v1/contacts/${first.id}`)).body).toMatchObject({ isPrimary: false, version: 2 });

    const timeline = await get(o.repNorth, `/api/v1/contacts/${first.id}/timeline`);
    expect(timeline.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(timeline.body.data[0].changes).toEqual({ isPrimary: { before: true, after: false } });

    const back = await patch(o.repNorth, first.id, { isPrimary: true });
    expect(back.body).toMatchObject({ isPrimary: true, version: 3 });
    expect(await primariesOf(account.id)).toEqual([first.id]);

    const other = await newAccount(h, o.repNorth);
    const elsewhere = await newContact(h, o.repNorth, other.id, { isPrimary: true });
    expect(await primariesOf(account.id)).toEqual([first.id]);
    expect(await primariesOf(other.id)).toEqual([elsewhere.id]);
  });

  it('keeps one primary contact when several are promoted at the same time', async () => {
    const account = await newAccount(h, o.repNorth);
    const contacts = [];
    for (let i = 0; i < 5; i++) contacts.push(await newContact(h, o.repNorth, account.id, { firstName: `P${i}` }));
    const answers = await Promise.all(contacts.map((c) => patch(o.repNorth, c.id, { isPrimary: true })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await primariesOf(account.id)).toHaveLength(1);
  });

  it('stops an archived contact being the primary one', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id, { isPrimary: true });
    expect((await archive(o.repNorth, `/api/v1/contacts/${contact.id}`)).status).toBe(204);
    expect(await primariesOf(account.id)).toEqual([]);
    const { rows } = await h.owner.query<{ action: string; changes: Record<string, unknown> }>(
      "select action, changes from audit_events where entity_id = $1 and action = 'archive'",
      [contact.id],
    );
    expect(rows[0]!.changes).toMatchObject({ isPrimary: { before: true, after: false }, archivedAt: { before: null } });
  });
});

describe('contacts: lists', () => {
  it('pages in last-name order and searches names, e-mail and phone', async () => {
    const { admin } = await newOrganization(h);
    const account = await newAccount(h, admin);
    const people = [
      { firstName: 'Ana', lastName: 'Zamora', email: 'ana@z.example' },
      { firstName: 'Bea', lastName: 'Alonso', phone: '+34 911 222 333' },
      { firstName: 'Ciro', lastName: 'Moreno' },
      { firstName: 'Dora', lastName: 'Blanco' },
      { firstName: 'Eva', lastName: 'Navarro' },
    ];
    for (const p of people) await newContact(h, admin, account.id, p);
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await get(admin, `/api/v1/contacts?limit=2&sort=lastName${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      pages.push((res.body.data as { lastName: string }[]).map((c) => c.lastName));
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages).toEqual([['Alonso', 'Blanco'], ['Moreno', 'Navarro'], ['Zamora']]);
    const names = async (q: string) => ((await get(admin, `/api/v1/contacts?q=${encodeURIComponent(q)}`)).body.data as { firstName: string }[]).map((c) => c.firstName);
    expect(await names('z.example')).toEqual(['Ana']);
    expect(await names('911 222')).toEqual(['Bea']);
    expect(await names('ciro')).toEqual(['Ciro']);
    expect(await names('blanco')).toEqual(['Dora']);
    expect((await get(admin, `/api/v1/contacts?filter[ownerId]=${admin.userId}`)).body.data).toHaveLength(5);
    expectProblem(await get(admin, '/api/v1/contacts?sort=firstName'), 400);
  });
});

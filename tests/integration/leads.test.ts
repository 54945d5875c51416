import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, call, expectProblem, newOrganization, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { crmFootprint, defaultPipeline, newAccount, newContact, newLead, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

let h: Harness;
let o: SalesOrganization;
/** A user of another organisation, to whom no lead may be given. */
let foreignUserId: string;

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  foreignUserId = (await newOrganization(h)).admin.userId;
});
afterAll(() => h.close());

type LeadAction = 'start' | 'qualify' | 'disqualify' | 'convert';

const tag = () => randomUUID().slice(0, 8);
const get = (session: Session, url: string) => call(h.app, 'GET', url, { session });
const post = (session: Session, url: string, body?: unknown, headers: Record<string, string> = {}) => call(h.app, 'POST', url, { session, body, headers });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) =>
  call(h.app, 'PATCH', `/api/v1/leads/${id}`, { session, body, headers });
const remove = (session: Session, id: string) => call(h.app, 'DELETE', `/api/v1/leads/${id}`, { session });

/** The body each action needs: disqualify a reason, convert an (empty) options object, the others none. */
function act(session: Session, id: string, action: LeadAction, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const defaults: Record<LeadAction, unknown> = { start: undefined, qualify: undefined, disqualify: { reason: 'No budget this year' }, convert: {} };
  return post(session, `/api/v1/leads/${id}/${action}`, body ?? defaults[action], headers);
}

async function actOk(session: Session, id: string, action: LeadAction, body?: unknown): Promise<Response> {
  const res = await act(session, id, action, body);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(action === 'convert' ? 201 : 200);
  return res;
}

function expectFieldError(res: Response, path: string): void {
  expectProblem(res, 422);
  expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

async function timeline(session: Session, id: string): Promise<{ action: string; actorUserId: string; changes: Record<string, { before: unknown; after: unknown }> }[]> {
  const res = await get(session, `/api/v1/leads/${id}/timeline`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

describe('leads: create, read, change, archive', () => {
  it('creates a lead with only a first name: new, source other, owned by the caller, not converted', async () => {
    const res = await post(o.repNorth, '/api/v1/leads', { firstName: '  Lucía  ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      firstName: 'Lucía',
      lastName: '',
      company: '',
      email: '',
      phone: '',
      source: 'other',
      status: 'new',
      disqualifyReason: null,
      ownerId: o.repNorth.userId,
      notes: '',
      convertedAt: null,
      convertedAccountId: null,
      convertedContactId: null,
      convertedOpportunityId: null,
    });
    const read = await get(o.repNorth, `/api/v1/leads/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(res.body);
    const events = await timeline(o.repNorth, res.body.id);
    expect(events).toEqual([expect.objectContaining({ action: 'create', actorUserId: o.repNorth.userId })]);
  });

  it('stores every field, and lets a manager give the lead to a rep of the team', async () => {
    const t = tag();
    const body = { firstName: 'Marta', lastName: 'Ruiz', company: `Aceros ${t}`, email: `marta-${t}@aceros.example`, phone: '+34 600 000 000', source: 'event', notes: 'Met at the fair', ownerId: o.repNorth.userId };
    const res = await post(o.managerNorth, '/api/v1/leads', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ ...body, status: 'new' });
    expect((await get(o.repNorth, `/api/v1/leads/${res.body.id}`)).status).toBe(200);
  });

  it('changes the fields a PATCH names, bumps the version and answers the new ETag', async () => {
    const lead = await newLead(h, o.repNorth, { phone: '+34 1' });
    const res = await patch(o.repNorth, lead.id, { lastName: 'Renamed', source: 'referral', notes: 'Called back' }, { 'if-match': '"1"' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ version: 2, lastName: 'Renamed', source: 'referral', notes: 'Called back', phone: '+34 1', status: 'new' });
    expect(res.headers.etag).toBe('"2"');
    const [update] = await timeline(o.repNorth, lead.id);
    expect(update).toMatchObject({ action: 'update', changes: { lastName: { before: 'Lead', after: 'Renamed' }, source: { before: 'other', after: 'referral' } } });
  });

  it('answers 412 to a PATCH with a stale If-Match, with the current version, and writes nothing', async () => {
    const lead = await newLead(h, o.repNorth);
    expect((await patch(o.repNorth, lead.id, { notes: 'first' }, { 'if-match': '"1"' })).status).toBe(200);
    const before = await crmFootprint(h, o.orgId);
    const stale = await patch(o.repNorth, lead.id, { notes: 'second' }, { 'if-match': '"1"' });
    expectProblem(stale, 412);
    expect(stale.body.currentVersion).toBe(2);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repNorth, `/api/v1/leads/${lead.id}`)).body).toMatchObject({ notes: 'first', version: 2 });
  });

  it('archives with DELETE: the lead leaves the default list, stays readable and can no longer change', async () => {
    const t = tag();
    const lead = await newLead(h, o.repNorth, { lastName: `Archived ${t}` });
    expect((await remove(o.repNorth, lead.id)).status).toBe(204);
    expect((await get(o.repNorth, `/api/v1/leads/${lead.id}`)).body).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    const ids = async (query: string) => ((await get(o.repNorth, `/api/v1/leads?q=${t}${query}`)).body.data as { id: string }[]).map((l) => l.id);
    expect(await ids('')).toEqual([]);
    expect(await ids('&archived=include')).toEqual([lead.id]);

    const before = await crmFootprint(h, o.orgId);
    const change = await patch(o.repNorth, lead.id, { notes: 'back' });
    expectProblem(change, 409);
    expect(change.body.state).toBe('archived');
    expectProblem(await act(o.repNorth, lead.id, 'start'), 409);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });

  it('answers 404 for a lead that does not exist', async () => {
    const id = randomUUID();
    expectProblem(await get(o.admin, `/api/v1/leads/${id}`), 404);
    expectProblem(await patch(o.admin, id, { notes: 'x' }), 404);
    expectProblem(await remove(o.admin, id), 404);
    expectProblem(await act(o.admin, id, 'convert'), 404);
  });
});

describe('leads: invalid input answers 422 naming the field and writes nothing', () => {
  type Case = [description: string, session: () => Session, body: () => unknown, path: string];
  const create: Case[] = [
    ['no first name', () => o.repNorth, () => ({ lastName: 'Only' }), 'firstName'],
    ['a blank first name', () => o.repNorth, () => ({ firstName: '   ' }), 'firstName'],
    ['a first name longer than 100 characters', () => o.repNorth, () => ({ firstName: 'x'.repeat(101) }), 'firstName'],
    ['a bad e-mail', () => o.repNorth, () => ({ firstName: 'A', email: 'not-an-email' }), 'email'],
    ['an unknown source', () => o.repNorth, () => ({ firstName: 'A', source: 'fax' }), 'source'],
    ['a status (changed only by the actions)', () => o.repNorth, () => ({ firstName: 'A', status: 'qualified' }), 'status'],
    ['a non-boolean force', () => o.repNorth, () => ({ firstName: 'A', force: 'yes' }), 'force'],
    ['a non-UUID owner', () => o.repNorth, () => ({ firstName: 'A', ownerId: 'rita' }), 'ownerId'],
    ['an owner of another organisation', () => o.admin, () => ({ firstName: 'A', ownerId: foreignUserId }), 'ownerId'],
    ['another rep as owner, given by a rep', () => o.repNorth, () => ({ firstName: 'A', ownerId: o.repNorth2.userId }), 'ownerId'],
    ['a rep of another team as owner, given by a manager', () => o.managerNorth, () => ({ firstName: 'A', ownerId: o.repSouth.userId }), 'ownerId'],
  ];

  it.each(create)('POST with %s', async (_description, session, body, path) => {
    const before = await crmFootprint(h, o.orgId);
    expectFieldError(await post(session(), '/api/v1/leads', body()), path);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });

  const change: [description: string, body: () => unknown, path: string][] = [
    ['a null first name', () => ({ firstName: null }), 'firstName'],
    ['a bad e-mail', () => ({ email: 'nope' }), 'email'],
    ['a status', () => ({ status: 'qualified' }), 'status'],
    ['a conversion link', () => ({ convertedAccountId: randomUUID() }), 'convertedAccountId'],
    ['another rep as owner', () => ({ ownerId: o.repSouth.userId }), 'ownerId'],
  ];

  it.each(change)('PATCH with %s', async (_description, body, path) => {
    const lead = await newLead(h, o.repNorth);
    const before = await crmFootprint(h, o.orgId);
    expectFieldError(await patch(o.repNorth, lead.id, body()), path);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });

  it.each([
    ['no body', undefined, 'body'],
    ['no reason', {}, 'reason'],
    ['a blank reason', { reason: '   ' }, 'reason'],
    ['an unknown field', { reason: 'x', note: 'y' }, 'note'],
  ] as const)('disqualify with %s', async (_description, body, path) => {
    const lead = await newLead(h, o.repNorth);
    const before = await crmFootprint(h, o.orgId);
    const res = await post(o.repNorth, `/api/v1/leads/${lead.id}/disqualify`, body);
    expectProblem(res, 422);
    if (body !== undefined) expectFieldError(res, path);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repNorth, `/api/v1/leads/${lead.id}`)).body).toMatchObject({ status: 'new', version: 1 });
  });
});

describe('leads: lists', () => {
  it('filters by status, source, owner and conversion, searches names, company, e-mail and phone, sorts and pages', async () => {
    const { admin } = await newOrganization(h);
    const rep = await addUser(h, admin, 'sales_rep');
    const create = async (body: Record<string, unknown>) => (await newLead(h, admin, body)).id;
    const ana = await create({ firstName: 'Ana', lastName: 'Alba', company: 'Zeta Tools', email: 'ana@zeta.example', source: 'web' });
    const bruno = await create({ firstName: 'Bruno', lastName: 'Bravo', company: 'Yield Corp', phone: '+34 911 222 333', source: 'phone', ownerId: rep.id });
    const carla = await create({ firstName: 'Carla', lastName: 'Cruz', company: 'Xeno Labs', source: 'web', ownerId: rep.id });
    const dario = await create({ firstName: 'Dario', lastName: 'Diaz', company: 'Wave Ltd', source: 'referral' });
    const elena = await create({ firstName: 'Elena', lastName: 'Estévez', company: 'Vortex SA', email: 'elena@vortex.example', source: 'event' });
    await actOk(admin, carla, 'start');
    await actOk(admin, dario, 'convert');
    await actOk(admin, elena, 'disqualify');
    const name = { [ana]: 'Ana', [bruno]: 'Bruno', [carla]: 'Carla', [dario]: 'Dario', [elena]: 'Elena' };

    const names = async (query: string) => {
      const res = await get(admin, `/api/v1/leads?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.data as { id: string }[]).map((l) => name[l.id]);
    };
    const cases: [query: string, expected: string[]][] = [
      ['sort=lastName', ['Ana', 'Bruno', 'Carla', 'Dario', 'Elena']],
      ['sort=company', ['Elena', 'Dario', 'Carla', 'Bruno', 'Ana']],
      ['sort=-lastName', ['Elena', 'Dario', 'Carla', 'Bruno', 'Ana']],
      ['sort=lastName&filter[status]=new', ['Ana', 'Bruno']],
      ['sort=lastName&filter[status]=working', ['Carla']],
      ['sort=lastName&filter[status]=qualified', ['Dario']],
      ['sort=lastName&filter[status]=disqualified', ['Elena']],
      ['sort=lastName&filter[source]=web', ['Ana', 'Carla']],
      [`sort=lastName&filter[ownerId]=${rep.id}`, ['Bruno', 'Carla']],
      [`sort=lastName&filter[ownerId]=${rep.id}&filter[status]=working`, ['Carla']],
      ['sort=lastName&filter[converted]=true', ['Dario']],
      ['sort=lastName&filter[converted]=false', ['Ana', 'Bruno', 'Carla', 'Elena']],
      ['q=DARIO', ['Dario']],
      ['q=cruz', ['Carla']],
      ['q=zeta%20tools', ['Ana']],
      ['q=vortex.example', ['Elena']],
      ['q=911', ['Bruno']],
      ['q=nobody', []],
    ];
    for (const [query, expected] of cases) expect(await names(query), query).toEqual(expected);

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await get(admin, `/api/v1/leads?limit=2&sort=lastName${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      pages.push((res.body.data as { id: string }[]).map((l) => name[l.id]!));
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages).toEqual([['Ana', 'Bruno'], ['Carla', 'Dario'], ['Elena']]);

    for (const bad of ['filter[status]=lost', 'filter[source]=fax', 'filter[converted]=yes', 'filter[ownerId]=rita', 'sort=email', 'limit=201']) {
      expectProblem(await get(admin, `/api/v1/leads?${bad}`), 400);
    }
  });
});

describe('leads: duplicate warning', () => {
  type Duplicate = { type: 'leads' | 'accounts' | 'contacts'; id: string; name: string | null; matchedOn: 'email' | 'company' };
  type Probe = { email?: string; company?: string };

  const query = (probe: Probe) => new URLSearchParams(probe as Record<string, string>).toString();

  /** A lead with this probe is refused with 409 naming exactly `expected`, writes nothing; the duplicates endpoint agrees; force creates it. */
  async function expectDuplicate(session: Session, probe: Probe, expected: Duplicate[]): Promise<void> {
    const before = await crmFootprint(h, o.orgId);
    const res = await post(session, '/api/v1/leads', { firstName: 'Newcomer', ...probe });
    expectProblem(res, 409);
    expect(res.body.code).toBe('duplicate');
    expect(res.body.duplicates).toEqual(expected);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);

    const listed = await get(session, `/api/v1/leads/duplicates?${query(probe)}`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ data: expected });

    const forced = await post(session, '/api/v1/leads', { firstName: 'Newcomer', ...probe, force: true });
    expect(forced.status, JSON.stringify(forced.body)).toBe(201);
    expect(forced.body).toMatchObject({ firstName: 'Newcomer', status: 'new', ownerId: session.userId });
  }

  it.each<[string, (t: string) => Promise<Duplicate>, (t: string) => Probe]>([
    [
      'an open lead with the same e-mail in another case',
      async (t) => ({ type: 'leads', id: (await newLead(h, o.repNorth, { firstName: 'Inés', lastName: 'Iglesias', email: `ines-${t}@dup.example` })).id, name: 'Inés Iglesias', matchedOn: 'email' }),
      (t) => ({ email: `INES-${t}@Dup.Example` }),
    ],
    [
      'an open lead with the same company in another case and spacing',
      async (t) => ({ type: 'leads', id: (await newLead(h, o.repNorth, { company: `Hierros  ${t}   del Sur` })).id, name: 'Lena Lead', matchedOn: 'company' }),
      (t) => ({ company: `  hierros ${t}  DEL\tsur ` }),
    ],
    [
      'an account with the company as its name',
      async (t) => ({ type: 'accounts', id: (await newAccount(h, o.repNorth, { name: `Grupo ${t}` })).id, name: `Grupo ${t}`, matchedOn: 'company' }),
      (t) => ({ company: `GRUPO ${t}` }),
    ],
    [
      'an account whose name differs from the company only in spacing',
      async (t) => ({ type: 'accounts', id: (await newAccount(h, o.repNorth, { name: `Grupo  ${t}   Norte` })).id, name: `Grupo  ${t}   Norte`, matchedOn: 'company' }),
      (t) => ({ company: `grupo ${t} norte` }),
    ],
    [
      'an account with the same e-mail',
      async (t) => ({ type: 'accounts', id: (await newAccount(h, o.repNorth, { name: `Compras ${t}`, email: `compras-${t}@acc.example` })).id, name: `Compras ${t}`, matchedOn: 'email' }),
      (t) => ({ email: `Compras-${t}@acc.example` }),
    ],
    [
      'a contact with the same e-mail',
      async (t) => {
        const account = await newAccount(h, o.repNorth);
        const contact = await newContact(h, o.repNorth, account.id, { firstName: 'Dina', lastName: 'Dup', email: `dina-${t}@contact.example` });
        return { type: 'contacts', id: contact.id, name: 'Dina Dup', matchedOn: 'email' };
      },
      (t) => ({ email: `DINA-${t}@contact.example` }),
    ],
  ])('answers 409 naming %s, writes nothing, and creates the lead with force', async (_description, existing, probe) => {
    const t = tag();
    const duplicate = await existing(t);
    await expectDuplicate(o.repNorth, probe(t), [duplicate]);
  });

  it('names every match: leads first, then accounts and contacts', async () => {
    const t = tag();
    const email = `all-${t}@dup.example`;
    const lead = await newLead(h, o.repNorth, { email });
    const account = await newAccount(h, o.repNorth, { name: `Todo ${t}` });
    const contact = await newContact(h, o.repNorth, account.id, { firstName: 'Tina', lastName: 'Todo', email });
    await expectDuplicate(o.repNorth, { email, company: `todo ${t}` }, [
      { type: 'leads', id: lead.id, name: 'Lena Lead', matchedOn: 'email' },
      { type: 'accounts', id: account.id, name: `Todo ${t}`, matchedOn: 'company' },
      { type: 'contacts', id: contact.id, name: 'Tina Todo', matchedOn: 'email' },
    ]);
  });

  it.each<[string, (t: string) => Promise<{ id: string; name: string }>, 'leads' | 'accounts' | 'contacts', 'email' | 'company']>([
    ['lead', async (t) => ({ id: (await newLead(h, o.repSouth, { firstName: 'Sara', lastName: 'Secret', email: `hidden-${t}@south.example` })).id, name: 'Sara Secret' }), 'leads', 'email'],
    ['account', async (t) => ({ id: (await newAccount(h, o.repSouth, { name: `Hidden ${t}`, email: `hidden-${t}@south.example` })).id, name: `Hidden ${t}` }), 'accounts', 'email'],
    [
      'contact',
      async (t) => {
        const account = await newAccount(h, o.repSouth);
        return { id: (await newContact(h, o.repSouth, account.id, { firstName: 'Sara', lastName: 'Secret', email: `hidden-${t}@south.example` })).id, name: 'Sara Secret' };
      },
      'contacts',
      'email',
    ],
  ])('reports another rep’s %s the caller cannot see, without its name', async (_what, existing, type, matchedOn) => {
    const t = tag();
    const hidden = await existing(t);
    const probe = { email: `hidden-${t}@south.example` };
    const before = await crmFootprint(h, o.orgId);
    const res = await post(o.repNorth, '/api/v1/leads', { firstName: 'Newcomer', ...probe });
    expectProblem(res, 409);
    expect(res.body.duplicates).toEqual([{ type, id: hidden.id, name: null, matchedOn }]);
    expect(JSON.stringify(res.body)).not.toContain(hidden.name);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);

    const asSeenBy = async (session: Session) => ((await get(session, `/api/v1/leads/duplicates?${query(probe)}`)).body.data as Duplicate[])[0]?.name;
    expect(await asSeenBy(o.repNorth)).toBeNull();
    expect(await asSeenBy(o.managerNorth)).toBeNull();
    expect(await asSeenBy(o.repSouth)).toBe(hidden.name);
    expect(await asSeenBy(o.admin)).toBe(hidden.name);
  });

  it.each<[string, (lead: { id: string }, t: string) => Promise<unknown>]>([
    ['converted', async (lead, t) => actOk(o.repNorth, lead.id, 'convert', { accountId: (await newAccount(h, o.repNorth, { name: `Elsewhere ${t}` })).id })],
    ['disqualified', (lead) => actOk(o.repNorth, lead.id, 'disqualify')],
    ['archived', async (lead) => expect((await remove(o.repNorth, lead.id)).status).toBe(204)],
  ])('does not count a lead once it is %s as a duplicate', async (_state, close) => {
    const t = tag();
    const lead = await newLead(h, o.repNorth, { company: `Closed ${t}`, email: `closed-${t}@lead.example` });
    await close(lead, t);
    const listed = await get(o.repNorth, `/api/v1/leads/duplicates?${query({ email: `closed-${t}@lead.example`, company: `Closed ${t}` })}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).not.toContainEqual(expect.objectContaining({ type: 'leads' }));
    const res = await post(o.repNorth, '/api/v1/leads', { firstName: 'Again', company: `closed ${t}` });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('answers an empty list when nothing matches or nothing is asked', async () => {
    const t = tag();
    expect((await get(o.repNorth, `/api/v1/leads/duplicates?email=nobody-${t}@x.example&company=Nobody%20${t}`)).body).toEqual({ data: [] });
    expect((await get(o.repNorth, '/api/v1/leads/duplicates')).body).toEqual({ data: [] });
    expectProblem(await get(o.repNorth, '/api/v1/leads/duplicates?name=x'), 400);
  });
});

describe('leads: status actions', () => {
  it('starts a new lead, qualifies it, and records each transition', async () => {
    const lead = await newLead(h, o.repNorth);
    const started = await actOk(o.repNorth, lead.id, 'start');
    expect(started.body).toMatchObject({ status: 'working', version: 2 });
    expect(started.headers.etag).toBe('"2"');
    const qualified = await actOk(o.repNorth, lead.id, 'qualify');
    expect(qualified.body).toMatchObject({ status: 'qualified', version: 3, convertedAt: null });
    const events = await timeline(o.repNorth, lead.id);
    expect(events.map((e) => e.action)).toEqual(['transition', 'transition', 'create']);
    expect(events[0]!.changes.status).toEqual({ before: 'working', after: 'qualified' });
    expect(events[1]!.changes.status).toEqual({ before: 'new', after: 'working' });
  });

  it('qualifies a new lead directly', async () => {
    const lead = await newLead(h, o.repNorth);
    expect((await actOk(o.repNorth, lead.id, 'qualify')).body.status).toBe('qualified');
  });

  it('disqualifies with the reason, on record', async () => {
    const lead = await newLead(h, o.repNorth);
    await actOk(o.repNorth, lead.id, 'start');
    const res = await actOk(o.repNorth, lead.id, 'disqualify', { reason: '  Bought from a competitor  ' });
    expect(res.body).toMatchObject({ status: 'disqualified', disqualifyReason: 'Bought from a competitor', version: 3 });
    const [event] = await timeline(o.repNorth, lead.id);
    expect(event).toMatchObject({
      action: 'transition',
      actorUserId: o.repNorth.userId,
      changes: { status: { before: 'working', after: 'disqualified' }, disqualifyReason: { before: null, after: 'Bought from a competitor' } },
    });
  });

  it.each<[action: LeadAction, path: LeadAction[], state: string]>([
    ['start', ['start'], 'working'],
    ['start', ['qualify'], 'qualified'],
    ['start', ['disqualify'], 'disqualified'],
    ['qualify', ['qualify'], 'qualified'],
    ['qualify', ['disqualify'], 'disqualified'],
    ['disqualify', ['disqualify'], 'disqualified'],
    ['convert', ['disqualify'], 'disqualified'],
    ['start', ['convert'], 'converted'],
    ['qualify', ['convert'], 'converted'],
    ['disqualify', ['convert'], 'converted'],
    ['convert', ['qualify', 'convert'], 'converted'],
  ])('answers 409 to %s after %j, naming the state %s, and writes nothing', async (action, path, state) => {
    const lead = await newLead(h, o.repNorth);
    for (const step of path) await actOk(o.repNorth, lead.id, step);
    const before = await crmFootprint(h, o.orgId);
    const res = await act(o.repNorth, lead.id, action);
    expectProblem(res, 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state });
    expect(res.body.detail).toContain(state);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });

  it.each(['start', 'qualify', 'disqualify', 'convert'] as const)('answers 412 to %s with a stale If-Match and writes nothing', async (action) => {
    const lead = await newLead(h, o.repNorth);
    expect((await patch(o.repNorth, lead.id, { notes: 'touched' })).status).toBe(200);
    const before = await crmFootprint(h, o.orgId);
    const res = await act(o.repNorth, lead.id, action, undefined, { 'if-match': '"1"' });
    expectProblem(res, 412);
    expect(res.body.currentVersion).toBe(2);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('leads: convert', () => {
  it('creates the account named after the company, the contact and an opportunity in the default pipeline’s first stage, all owned by the lead’s owner', async () => {
    const t = tag();
    const lead = await newLead(h, o.repNorth, { firstName: 'Olga', lastName: 'Ortiz', company: `Ortiz ${t} S.L.`, email: `olga-${t}@ortiz.example`, phone: '+34 955 000 000', source: 'web' });
    await actOk(o.repNorth, lead.id, 'start');
    await actOk(o.repNorth, lead.id, 'qualify');
    const pipeline = await defaultPipeline(h, o.admin);

    // The manager converts the rep's lead: what it becomes belongs to the rep.
    const res = await act(o.managerNorth, lead.id, 'convert', { createOpportunity: true }, { 'if-match': '"3"' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ accountId: expect.any(String), contactId: expect.any(String), opportunityId: expect.any(String) });
    const { accountId, contactId, opportunityId } = res.body as { accountId: string; contactId: string; opportunityId: string };

    expect((await get(o.repNorth, `/api/v1/accounts/${accountId}`)).body).toMatchObject({
      name: `Ortiz ${t} S.L.`,
      email: `olga-${t}@ortiz.example`,
      phone: '+34 955 000 000',
      ownerId: o.repNorth.userId,
      lifecycle: 'prospect',
    });
    expect((await get(o.repNorth, `/api/v1/contacts/${contactId}`)).body).toMatchObject({
      accountId,
      firstName: 'Olga',
      lastName: 'Ortiz',
      email: `olga-${t}@ortiz.example`,
      phone: '+34 955 000 000',
      ownerId: o.repNorth.userId,
    });
    expect((await get(o.repNorth, `/api/v1/opportunities/${opportunityId}`)).body).toMatchObject({
      name: `Ortiz ${t} S.L.`,
      accountId,
      contactId,
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]!.id,
      probability: pipeline.stages[0]!.probability,
      status: 'open',
      ownerId: o.repNorth.userId,
      sourceLeadId: lead.id,
      amount: { amount: '0.00', currency: 'EUR' },
    });
    const after = await get(o.repNorth, `/api/v1/leads/${lead.id}`);
    expect(after.body).toMatchObject({
      status: 'qualified',
      version: 4,
      convertedAt: expect.any(String),
      convertedAccountId: accountId,
      convertedContactId: contactId,
      convertedOpportunityId: opportunityId,
    });

    const [event] = await timeline(o.repNorth, lead.id);
    expect(event).toMatchObject({
      action: 'transition',
      actorUserId: o.managerNorth.userId,
      changes: { convertedAccountId: { before: null, after: accountId }, convertedOpportunityId: { before: null, after: opportunityId } },
    });
    for (const [resource, id] of [['accounts', accountId], ['contacts', contactId], ['opportunities', opportunityId]] as const) {
      const events = (await get(o.repNorth, `/api/v1/${resource}/${id}/timeline`)).body.data as { action: string }[];
      expect(events.map((e) => e.action), resource).toEqual(['create']);
    }
  });

  it('names the account after the person when there is no company, and makes no opportunity unless asked', async () => {
    const lead = await newLead(h, o.repNorth, { firstName: 'Pablo', lastName: 'Pérez' });
    const before = await crmFootprint(h, o.orgId);
    const res = await act(o.repNorth, lead.id, 'convert', {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.opportunityId).toBeNull();
    expect((await get(o.repNorth, `/api/v1/accounts/${res.body.accountId}`)).body).toMatchObject({ name: 'Pablo Pérez', ownerId: o.repNorth.userId });
    expect((await get(o.repNorth, `/api/v1/leads/${lead.id}`)).body).toMatchObject({ status: 'qualified', convertedOpportunityId: null });
    const after = await crmFootprint(h, o.orgId);
    expect({ accounts: after.accounts! - before.accounts!, contacts: after.contacts! - before.contacts!, opportunities: after.opportunities! - before.opportunities! }).toEqual({
      accounts: 1,
      contacts: 1,
      opportunities: 0,
    });
  });

  it('links to an existing visible account instead of creating one, and names the opportunity as asked', async () => {
    const account = await newAccount(h, o.repNorth, { name: 'Existing customer' });
    const lead = await newLead(h, o.repNorth, { firstName: 'Quique', company: `Whatever ${tag()}` });
    const before = await crmFootprint(h, o.orgId);
    const res = await act(o.repNorth, lead.id, 'convert', { accountId: account.id, createOpportunity: true, opportunityName: 'Second line' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.accountId).toBe(account.id);
    expect((await get(o.repNorth, `/api/v1/contacts/${res.body.contactId}`)).body).toMatchObject({ accountId: account.id, firstName: 'Quique' });
    expect((await get(o.repNorth, `/api/v1/opportunities/${res.body.opportunityId}`)).body).toMatchObject({ name: 'Second line', accountId: account.id, sourceLeadId: lead.id });
    const after = await crmFootprint(h, o.orgId);
    expect(after.accounts).toBe(before.accounts);
    expect(after.contacts).toBe(before.contacts! + 1);
    expect(after.opportunities).toBe(before.opportunities! + 1);
  });

  it('lets only one of two simultaneous conversions through: the other answers 409 and nothing is created twice', async () => {
    const lead = await newLead(h, o.repNorth, { company: `Race ${tag()}` });
    const before = await crmFootprint(h, o.orgId);
    const results = await Promise.all([1, 2].map(() => act(o.repNorth, lead.id, 'convert', { createOpportunity: true })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expectProblem(results.find((r) => r.status === 409)!, 409);
    const after = await crmFootprint(h, o.orgId);
    expect({ accounts: after.accounts! - before.accounts!, contacts: after.contacts! - before.contacts!, opportunities: after.opportunities! - before.opportunities! }).toEqual({
      accounts: 1,
      contacts: 1,
      opportunities: 1,
    });
  });

  it('refuses to change a converted lead with PATCH (409, converted)', async () => {
    const lead = await newLead(h, o.repNorth);
    await actOk(o.repNorth, lead.id, 'convert');
    const before = await crmFootprint(h, o.orgId);
    const res = await patch(o.repNorth, lead.id, { notes: 'late' });
    expectProblem(res, 409);
    expect(res.body.state).toBe('converted');
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });

  it.each<[string, () => Promise<string>]>([
    ['another rep’s account the caller cannot see', async () => (await newAccount(h, o.repSouth)).id],
    ['an archived account', async () => {
      const account = await newAccount(h, o.repNorth);
      expect((await call(h.app, 'DELETE', `/api/v1/accounts/${account.id}`, { session: o.repNorth })).status).toBe(204);
      return account.id;
    }],
    ['an account that does not exist', async () => randomUUID()],
  ])('answers 422 to a conversion linking %s and writes nothing (no account, contact, opportunity or audit row)', async (_description, accountId) => {
    const lead = await newLead(h, o.repNorth, { company: `Half ${tag()}` });
    await actOk(o.repNorth, lead.id, 'qualify');
    const target = await accountId();
    const before = await crmFootprint(h, o.orgId);
    expectFieldError(await act(o.repNorth, lead.id, 'convert', { accountId: target, createOpportunity: true }), 'accountId');
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repNorth, `/api/v1/leads/${lead.id}`)).body).toMatchObject({ status: 'qualified', convertedAt: null, convertedAccountId: null, version: 2 });
  });

  it.each([
    ['an unknown field', { accountId: undefined, createAccount: true }, 'createAccount'],
    ['a non-UUID account', { accountId: 'acme' }, 'accountId'],
    ['a blank opportunity name', { createOpportunity: true, opportunityName: '  ' }, 'opportunityName'],
  ])('answers 422 to a conversion with %s', async (_description, body, path) => {
    const lead = await newLead(h, o.repNorth);
    const before = await crmFootprint(h, o.orgId);
    expectFieldError(await act(o.repNorth, lead.id, 'convert', body), path);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('leads: who sees what', () => {
  const owners = ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin'] as const;
  type Owner = (typeof owners)[number];
  let t: string;
  let mine: Record<Owner, string>;

  beforeAll(async () => {
    t = tag();
    mine = {} as Record<Owner, string>;
    for (const owner of owners) mine[owner] = (await newLead(h, o[owner], { lastName: `Vis ${t} ${owner}` })).id;
  });

  it.each([
    ['repNorth', ['repNorth']],
    ['repSouth', ['repSouth']],
    ['managerNorth', ['repNorth', 'repNorth2', 'managerNorth']],
    ['admin', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
  ] as const)('lists for %s exactly the leads of %j, and answers 404 for the others', async (who, visible) => {
    const res = await get(o[who], `/api/v1/leads?limit=200&q=${t}`);
    expect(res.status).toBe(200);
    expect((res.body.data as { id: string }[]).map((l) => l.id).sort()).toEqual(visible.map((owner) => mine[owner]).sort());
    for (const owner of owners) {
      const read = await get(o[who], `/api/v1/leads/${mine[owner]}`);
      expect(read.status, `${who} GET ${owner}'s lead`).toBe((visible as readonly string[]).includes(owner) ? 200 : 404);
    }
  });

  it('answers 404 to a rep who changes, archives, acts on or asks the history of another rep’s lead, and changes nothing', async () => {
    const id = mine.repSouth;
    const before = await crmFootprint(h, o.orgId);
    expectProblem(await patch(o.repNorth, id, { notes: 'mine now' }), 404);
    expectProblem(await patch(o.repNorth, id, { notes: 'mine now' }, { 'if-match': '"1"' }), 404);
    expectProblem(await remove(o.repNorth, id), 404);
    for (const action of ['start', 'qualify', 'disqualify', 'convert'] as const) expectProblem(await act(o.repNorth, id, action), 404);
    expectProblem(await get(o.repNorth, `/api/v1/leads/${id}/timeline`), 404);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repSouth, `/api/v1/leads/${id}`)).body).toMatchObject({ status: 'new', version: 1 });
  });

  it('answers 404 to a manager for a lead of a team they do not manage, and lets them work their team’s', async () => {
    expectProblem(await act(o.managerNorth, mine.repSouth, 'start'), 404);
    expect((await act(o.managerNorth, mine.repNorth2, 'start')).status).toBe(200);
  });

  it('hides what is not visible from filters and search too', async () => {
    expect((await get(o.repNorth, `/api/v1/leads?filter[ownerId]=${o.repSouth.userId}`)).body.data).toEqual([]);
    expect((await get(o.repNorth, `/api/v1/leads?q=${t}%20repSouth`)).body.data).toEqual([]);
    expect((await get(o.repSouth, `/api/v1/leads?q=${t}%20repSouth`)).body.data).toEqual([expect.objectContaining({ id: mine.repSouth })]);
  });

  it.each(['finance', 'support'] as const)('refuses leads to %s (403)', async (who) => {
    expectProblem(await get(o[who], '/api/v1/leads'), 403);
    expectProblem(await get(o[who], `/api/v1/leads/${mine.admin}`), 403);
    expectProblem(await post(o[who], '/api/v1/leads', { firstName: 'Nope' }), 403);
  });
});

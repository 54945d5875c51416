import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  countRows,
  expectProblem,
  footprint,
  newOrganization,
  password,
  signIn,
  startHarness,
  type Harness,
  type Response,
  type Session,
} from '../support/harness.js';
import { createOrganization } from '../../src/server/modules/directory/index.js';

let h: Harness;
/** Records of another organisation, which no reference may point to. Read-only for every test. */
let foreign: { orgId: string; adminEmail: string; userId: string; teamId: string; territoryId: string };

beforeAll(async () => {
  h = await startHarness();
  const adminEmail = `Foreign-${randomUUID()}@Example.com`;
  const { orgId, adminId } = await createOrganization(h.db, { name: 'Foreign Org', admin: { email: adminEmail, name: 'Fiona Foreign', password } });
  const session = await signIn(h.app, adminEmail);
  const team = await call(h.app, 'POST', '/api/v1/teams', { session, body: { name: 'Foreign team' } });
  const territory = await call(h.app, 'POST', '/api/v1/territories', { session, body: { name: 'Foreign land', code: 'FL' } });
  foreign = { orgId, adminEmail, userId: adminId, teamId: team.body.id, territoryId: territory.body.id };
});
afterAll(() => h.close());

type Method = 'POST' | 'PATCH' | 'GET' | 'DELETE';
type Table = 'users' | 'teams' | 'territories' | 'api_keys' | 'organizations';

/** What each case may refer to: records of the caller's organisation, and of another one. */
type Fixtures = {
  admin: Session;
  territoryId: string;
  teamId: string;
  archivedTeamId: string;
  foreignUserId: string;
  foreignTeamId: string;
};

/** A fresh organisation with its admin signed in, a territory, a team and an archived team. */
async function fixtures(): Promise<Fixtures> {
  const { admin } = await newOrganization(h);
  const post = (url: string, body: unknown) => call(h.app, 'POST', url, { session: admin, body });
  const [territory, team, disbanded] = await Promise.all([
    post('/api/v1/territories', { name: 'Home', code: 'HOME' }),
    post('/api/v1/teams', { name: 'Home team' }),
    post('/api/v1/teams', { name: 'Disbanded team' }),
  ]);
  expect((await call(h.app, 'DELETE', `/api/v1/teams/${disbanded.body.id}`, { session: admin })).status).toBe(204);
  return { admin, territoryId: territory.body.id, teamId: team.body.id, archivedTeamId: disbanded.body.id, foreignUserId: foreign.userId, foreignTeamId: foreign.teamId };
}

/** Every answer of this file goes through here: none may be a 5xx (API.md: "A 5xx is a bug"). */
async function send(method: Method, url: string, options: Parameters<typeof call>[3] = {}): Promise<Response> {
  const res = await call(h.app, method, url, options);
  expect(res.status, `${method} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
  return res;
}

function expectFieldError(res: Response, status: number, path: string): void {
  expectProblem(res, status);
  expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.any(String) })]));
}

const long = (n: number) => 'x'.repeat(n);
const validUser = () => ({ email: `new-${randomUUID()}@example.com`, name: 'New Person', role: 'sales_rep', password });

type Body = (f: Fixtures) => unknown;
type Case = { route: string; case: string; method: 'POST' | 'PATCH'; url: (f: Fixtures) => string; body: Body; path: string; table: Table };
type Row = readonly [description: string, body: Body, path: string];

function group(method: Case['method'], route: string, table: Table, url: (f: Fixtures) => string, rows: readonly Row[]): Case[] {
  return rows.map(([description, body, path]) => ({ route: `${method} ${route}`, case: description, method, url, body, path, table }));
}

const user = (extra: Record<string, unknown>): Body => () => ({ ...validUser(), ...extra });
const fixed = (body: unknown): Body => () => body;

const cases: Case[] = [
  ...group('POST', '/users', 'users', () => '/api/v1/users', [
    ['a missing email', user({ email: undefined }), 'email'],
    ['a missing password', user({ password: undefined }), 'password'],
    ['a name of the wrong type', user({ name: 42 }), 'name'],
    ['a blank name', user({ name: '   ' }), 'name'],
    ['a name that is too long', user({ name: long(201) }), 'name'],
    ['an unknown role', user({ role: 'superuser' }), 'role'],
    ['an unknown locale', user({ locale: 'de' }), 'locale'],
    ['an unknown extra field', user({ isRoot: true }), 'isRoot'],
    ['a bad e-mail', user({ email: 'not-an-email' }), 'email'],
    ['an e-mail that is too long', user({ email: `${long(310)}@example.com` }), 'email'],
    ['a short password', user({ password: 'short' }), 'password'],
    ['a non-UUID teamId', user({ teamId: 'team-1' }), 'teamId'],
    ["a teamId of another organisation's team", (f) => ({ ...validUser(), teamId: f.foreignTeamId }), 'teamId'],
    ['an archived team as teamId', (f) => ({ ...validUser(), teamId: f.archivedTeamId }), 'teamId'],
  ]),
  ...group('POST', '/teams', 'teams', () => '/api/v1/teams', [
    ['a missing name', fixed({}), 'name'],
    ['a name of the wrong type', fixed({ name: ['A'] }), 'name'],
    ['a name that is too long', fixed({ name: long(201) }), 'name'],
    ['an unknown extra field', fixed({ name: 'Ok', color: 'red' }), 'color'],
    ['a non-UUID managerId', fixed({ name: 'Ok', managerId: 'boss' }), 'managerId'],
    ["a managerId of another organisation's user", (f) => ({ name: 'Ok', managerId: f.foreignUserId }), 'managerId'],
  ]),
  ...group('POST', '/territories', 'territories', () => '/api/v1/territories', [
    ['a missing code', fixed({ name: 'North' }), 'code'],
    ['a code with spaces', fixed({ name: 'North', code: 'N 1' }), 'code'],
    ['a code that is too long', fixed({ name: 'North', code: long(33) }), 'code'],
    ['a description that is too long', fixed({ name: 'North', code: 'N', description: long(2001) }), 'description'],
    ['a name of the wrong type', fixed({ name: 7, code: 'N' }), 'name'],
    ['a non-UUID repId', fixed({ name: 'North', code: 'N', repId: 'rep-1' }), 'repId'],
    ['an unknown extra field', fixed({ name: 'North', code: 'N', region: 'EU' }), 'region'],
    ["a repId of another organisation's user", (f) => ({ name: 'North', code: 'N', repId: f.foreignUserId }), 'repId'],
  ]),
  ...group('POST', '/api-keys', 'api_keys', () => '/api/v1/api-keys', [
    ['a missing name', fixed({}), 'name'],
    ['a name that is too long', fixed({ name: long(101) }), 'name'],
    ['a non-UUID userId', fixed({ name: 'k', userId: 'me' }), 'userId'],
    ['an unknown extra field', fixed({ name: 'k', scopes: ['all'] }), 'scopes'],
    ["a userId of another organisation's user", (f) => ({ name: 'k', userId: f.foreignUserId }), 'userId'],
  ]),
  // The admin's own record is the target: no extra user (and password hash) needed.
  ...group('PATCH', '/users/{id}', 'users', (f) => `/api/v1/users/${f.admin.userId}`, [
    ['an unknown role', fixed({ role: 'root' }), 'role'],
    ['a bad e-mail', fixed({ email: 'nope@' }), 'email'],
    ['a short password', fixed({ password: '123' }), 'password'],
    ['a locale of the wrong type', fixed({ locale: 1 }), 'locale'],
    ['an unknown extra field', fixed({ isRoot: true }), 'isRoot'],
    ['a non-UUID teamId', fixed({ teamId: 'x' }), 'teamId'],
    ["a teamId of another organisation's team", (f) => ({ teamId: f.foreignTeamId }), 'teamId'],
    ['an archived team as teamId', (f) => ({ teamId: f.archivedTeamId }), 'teamId'],
  ]),
  ...group('PATCH', '/teams/{id}', 'teams', (f) => `/api/v1/teams/${f.teamId}`, [
    ['an empty name', fixed({ name: '' }), 'name'],
    ['a name that is too long', fixed({ name: long(201) }), 'name'],
    ['an unknown extra field', fixed({ members: [] }), 'members'],
    ["a managerId of another organisation's user", (f) => ({ managerId: f.foreignUserId }), 'managerId'],
  ]),
  ...group('PATCH', '/territories/{id}', 'territories', (f) => `/api/v1/territories/${f.territoryId}`, [
    ['a code with punctuation', fixed({ code: 'N.1' }), 'code'],
    ['a null name', fixed({ name: null }), 'name'],
    ['an unknown extra field', fixed({ region: 'EU' }), 'region'],
    ["a repId of another organisation's user", (f) => ({ repId: f.foreignUserId }), 'repId'],
  ]),
  ...group('PATCH', '/organization', 'organizations', () => '/api/v1/organization', [
    ['a currency that is not an ISO code', fixed({ baseCurrency: 'euro' }), 'baseCurrency'],
    ['an unknown default locale', fixed({ defaultLocale: 'de' }), 'defaultLocale'],
    ['a tax id with an empty scheme', fixed({ taxIds: [{ scheme: '', value: 'B123' }] }), 'taxIds.0.scheme'],
    ['too many tax ids', fixed({ taxIds: Array.from({ length: 11 }, (_, i) => ({ scheme: 'VAT', value: `B${i}` })) }), 'taxIds'],
    ['a name that is too long', fixed({ name: long(201) }), 'name'],
    ['an unknown extra field', fixed({ id: randomUUID() }), 'id'],
  ]),
  ...group('PATCH', '/me', 'users', () => '/api/v1/me', [
    ['an unknown locale', fixed({ locale: 'de' }), 'locale'],
    ['a name of the wrong type', fixed({ name: false }), 'name'],
    ['a role (not changeable by oneself)', fixed({ role: 'admin' }), 'role'],
  ]),
];

// A rejected request writes nothing (each case checks that), so the cases of one route can share an
// organisation, created fresh for that route; the write-free guarantee is what keeps them independent.
describe.each([...new Set(cases.map((c) => c.route))])('invalid bodies: %s', (route) => {
  let f: Fixtures;
  beforeAll(async () => {
    f = await fixtures();
  });

  it.each(cases.filter((c) => c.route === route))('answers 422 naming $path and writes nothing, for $case', async ({ method, url, body, path, table }) => {
    const orgId = f.admin.orgId;
    const rowsBefore = await countRows(h, table, orgId);
    const auditBefore = await countRows(h, 'audit_events', orgId);
    const before = await footprint(h, orgId);

    const res = await send(method, url(f), { session: f.admin, body: body(f) });

    expectFieldError(res, 422, path);
    expect(await countRows(h, table, orgId)).toBe(rowsBefore);
    expect(await countRows(h, 'audit_events', orgId)).toBe(auditBefore);
    expect(await footprint(h, orgId)).toEqual(before);
  });
});

describe('malformed requests', () => {
  it.each([
    { method: 'POST', url: '/api/v1/territories' },
    { method: 'PATCH', url: '/api/v1/organization' },
    { method: 'PATCH', url: '/api/v1/me' },
  ] as const)('$method $url answers 400 to a malformed JSON body and writes nothing', async ({ method, url }) => {
    const org = await newOrganization(h);
    const before = await footprint(h, org.admin.orgId);
    const res = await send(method, url, { session: org.admin, body: '{"name": "North",', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400);
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it('answers 400 to a malformed JSON login', async () => {
    const res = await send('POST', '/api/v1/auth/login', { body: '{"email":', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400);
  });

});

// These requests only read or are refused before any write; one organisation serves them all.
describe('malformed query strings and ids', () => {
  let admin: Session;
  beforeAll(async () => {
    admin = (await newOrganization(h)).admin;
  });

  it.each([
    { query: '/api/v1/territories?limit=500', path: 'limit' },
    { query: '/api/v1/territories?limit=0', path: 'limit' },
    { query: '/api/v1/territories?limit=ten', path: 'limit' },
    { query: '/api/v1/territories?sort=nope', path: 'sort' },
    { query: '/api/v1/territories?sort=-description', path: 'sort' },
    { query: '/api/v1/territories?archived=maybe', path: 'archived' },
    { query: '/api/v1/territories?filter[repId]=rep-1', path: 'filter[repId]' },
    { query: '/api/v1/territories?filter[nope]=1', path: null },
    { query: '/api/v1/users?filter[role]=king', path: 'filter[role]' },
    { query: '/api/v1/teams?limit=201', path: 'limit' },
    { query: '/api/v1/audit-events?filter[from]=yesterday', path: 'filter[from]' },
    { query: '/api/v1/audit-events?sort=entityType', path: 'sort' },
  ])('answers 400 to $query', async ({ query, path }) => {
    const res = await send('GET', query, { session: admin });
    expectProblem(res, 400);
    if (path) expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    { case: 'not base64 JSON', sort: 'name', cursor: 'abc' },
    { case: 'not base64 at all', sort: 'name', cursor: '!!!***' },
    { case: 'JSON of the wrong shape', sort: 'name', cursor: cursor({ after: 'x' }) },
    { case: 'a cursor of another sort field', sort: 'name', cursor: cursor(['code', 'X', randomUUID()]) },
    { case: 'a tampered id', sort: 'name', cursor: cursor(['name', 'North', 'not-a-uuid']) },
    { case: 'a tampered date', sort: 'createdAt', cursor: cursor(['createdAt', 'not-a-date', randomUUID()]) },
    { case: 'a tampered value of the wrong type', sort: 'name', cursor: cursor(['name', { $gt: '' }, randomUUID()]) },
  ])('answers 400 to a bad cursor: $case', async ({ sort, cursor: c }) => {
    const res = await send('GET', `/api/v1/territories?sort=${sort}&cursor=${encodeURIComponent(c)}`, { session: admin });
    expectFieldError(res, 400, 'cursor');
  });

  it.each(['"abc"', 'W/"x"', '"1.5"', '"12345678901"'])('answers 400 to If-Match: %s and writes nothing', async (ifMatch) => {
    const territory = await send('POST', '/api/v1/territories', { session: admin, body: { name: 'Versioned', code: `V-${randomUUID().slice(0, 8)}` } });
    const before = await footprint(h, admin.orgId);
    const res = await send('PATCH', `/api/v1/territories/${territory.body.id}`, { session: admin, body: { name: 'Renamed' }, headers: { 'if-match': ifMatch } });
    expectFieldError(res, 400, 'If-Match');
    expect(await footprint(h, admin.orgId)).toEqual(before);
  });

  it.each([
    { method: 'GET', url: '/api/v1/territories/nope' },
    { method: 'GET', url: '/api/v1/users/123' },
    { method: 'GET', url: '/api/v1/territories/nope/timeline' },
    { method: 'PATCH', url: '/api/v1/teams/123' },
    { method: 'DELETE', url: '/api/v1/users/abc' },
    { method: 'DELETE', url: '/api/v1/api-keys/abc' },
  ] as const)('answers 400 to a non-UUID id in $method $url and writes nothing', async ({ method, url }) => {
    const before = await footprint(h, admin.orgId);
    const res = await send(method, url, { session: admin, ...(method === 'PATCH' ? { body: { name: 'x' } } : {}) });
    expectFieldError(res, 400, 'id');
    expect(await footprint(h, admin.orgId)).toEqual(before);
  });

  it("answers 404 to another organisation's record and writes nothing", async () => {
    const org = await newOrganization(h);
    const before = await footprint(h, org.admin.orgId);
    expectProblem(await send('GET', `/api/v1/territories/${foreign.territoryId}`, { session: org.admin }), 404);
    expectProblem(await send('PATCH', `/api/v1/territories/${foreign.territoryId}`, { session: org.admin, body: { name: 'Mine now' } }), 404);
    expectProblem(await send('DELETE', `/api/v1/users/${foreign.userId}`, { session: org.admin }), 404);
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
    const { rows } = await h.owner.query<{ name: string; archived_at: Date | null }>('select name, archived_at from territories where id = $1', [foreign.territoryId]);
    expect(rows[0]).toEqual({ name: 'Foreign land', archived_at: null });
  });
});

describe('conflicts', () => {
  it.each([
    { case: 'the same code', code: 'NORTH-1' },
    { case: 'the same code in other letter case', code: 'north-1' },
  ])('answers 409 naming code to a territory with $case as an active one, and writes nothing', async ({ code }) => {
    const org = await newOrganization(h);
    expect((await send('POST', '/api/v1/territories', { session: org.admin, body: { name: 'North', code: 'NORTH-1' } })).status).toBe(201);
    const before = await footprint(h, org.admin.orgId);
    const res = await send('POST', '/api/v1/territories', { session: org.admin, body: { name: 'North again', code } });
    expectFieldError(res, 409, 'code');
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it('answers 409 naming code when a PATCH takes the code of another territory', async () => {
    const org = await newOrganization(h);
    await send('POST', '/api/v1/territories', { session: org.admin, body: { name: 'North', code: 'N' } });
    const south = await send('POST', '/api/v1/territories', { session: org.admin, body: { name: 'South', code: 'S' } });
    const before = await footprint(h, org.admin.orgId);
    expectFieldError(await send('PATCH', `/api/v1/territories/${south.body.id}`, { session: org.admin, body: { code: 'n' } }), 409, 'code');
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it('accepts a code that another organisation already uses', async () => {
    const org = await newOrganization(h);
    expect((await send('POST', '/api/v1/territories', { session: org.admin, body: { name: 'Mine', code: 'FL' } })).status).toBe(201);
  });

  it('answers 409 naming email to a user whose e-mail exists in another organisation, and writes nothing', async () => {
    const org = await newOrganization(h);
    const before = await footprint(h, org.admin.orgId);
    const res = await send('POST', '/api/v1/users', { session: org.admin, body: { ...validUser(), email: foreign.adminEmail.toUpperCase() } });
    expectFieldError(res, 409, 'email');
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it('answers 409 naming email when a PATCH takes the e-mail of another user', async () => {
    const org = await newOrganization(h);
    const before = await footprint(h, org.admin.orgId);
    const res = await send('PATCH', `/api/v1/users/${org.admin.userId}`, { session: org.admin, body: { email: foreign.adminEmail } });
    expectFieldError(res, 409, 'email');
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it('answers 409 naming name to a second active team of the same name', async () => {
    const org = await newOrganization(h);
    await send('POST', '/api/v1/teams', { session: org.admin, body: { name: 'Iberia' } });
    const before = await footprint(h, org.admin.orgId);
    expectFieldError(await send('POST', '/api/v1/teams', { session: org.admin, body: { name: 'IBERIA' } }), 409, 'name');
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });
});

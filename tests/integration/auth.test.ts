import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  call,
  countRows,
  expectProblem,
  footprint,
  newOrganization,
  password,
  startHarness,
  type Harness,
  type Response,
} from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const login = (email: string, pass: string, options: { ip?: string; headers?: Record<string, string> } = {}) =>
  call(h.app, 'POST', '/api/v1/auth/login', { body: { email, password: pass }, ...options });

function setCookie(res: Response): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header.map(String) : [String(header ?? '')];
  const cookie = all.find((c) => c.startsWith('ciclo_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return cookie;
}

/** An address no other test (or test file sharing the database's rate-limit counters) uses. */
const freshIp = () => `10.${[...randomBytes(3)].join('.')}`;

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('login', () => {
  it('answers 401 with the same problem for a wrong password and for an unknown e-mail', async () => {
    const org = await newOrganization(h);
    const wrongPassword = await login(org.admin.email, 'not-the-password');
    const unknownEmail = await login(`nobody-${randomBytes(4).toString('hex')}@example.com`, password);
    expectProblem(wrongPassword, 401);
    expectProblem(unknownEmail, 401);
    expect(unknownEmail.body.detail).toBe(wrongPassword.body.detail);
    expect(unknownEmail.body.title).toBe(wrongPassword.body.title);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    { body: { email: 'not-an-email', password }, field: 'email' },
    { body: { email: 'someone@example.com' }, field: 'password' },
    { body: { password }, field: 'email' },
    { body: { email: 'someone@example.com', password: 42 }, field: 'password' },
  ])('answers 422 naming $field for a malformed body', async ({ body, field }) => {
    const res = await call(h.app, 'POST', '/api/v1/auth/login', { body });
    expectProblem(res, 422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
  });

  it('sets an HttpOnly, SameSite=Lax session cookie on Path=/ that is not Secure over plain http', async () => {
    const org = await newOrganization(h);
    const res = await login(org.admin.email, password);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { id: org.admin.userId, email: org.admin.email, role: 'admin' }, csrfToken: expect.any(String) });
    const cookie = setCookie(res);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it('marks the cookie Secure behind a trusted proxy that says the request came over https', async () => {
    const proxied = await startHarness({ env: { CICLO_TRUST_PROXY: 'true' } });
    try {
      const org = await newOrganization(proxied);
      const res = await call(proxied.app, 'POST', '/api/v1/auth/login', {
        body: { email: org.admin.email, password },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.status).toBe(200);
      const cookie = setCookie(res);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
    } finally {
      await proxied.close();
    }
  });

  it('ignores x-forwarded-proto when the proxy is not trusted', async () => {
    const org = await newOrganization(h);
    const res = await login(org.admin.email, password, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.status).toBe(200);
    expect(setCookie(res)).not.toMatch(/;\s*Secure/i);
  });

  it('answers 429 to the 11th attempt within a minute from the same address, and not to another address', async () => {
    const org = await newOrganization(h);
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(org.admin.email, 'wrong-password', { ip })).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const eleventh = await login(org.admin.email, password, { ip });
    expect(eleventh.status).toBeLessThan(500);
    expectProblem(eleventh, 429);
    expect(eleventh.headers['set-cookie']).toBeUndefined();
    const elsewhere = await login(org.admin.email, password, { ip: freshIp() });
    expect(elsewhere.status).toBe(200);
  });
});

describe('/me', () => {
  it('answers the user, organisation, team, permissions and csrfToken of the session', async () => {
    const org = await newOrganization(h);
    const team = await call(h.app, 'POST', '/api/v1/teams', { session: org.admin, body: { name: 'Iberia' } });
    expect(team.status).toBe(201);
    const rep = await org.member('sales_rep', { teamId: team.body.id, name: 'Rita Rep' });

    const res = await call(h.app, 'GET', '/api/v1/me', { session: rep });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: { id: rep.userId, email: rep.email, name: 'Rita Rep', role: 'sales_rep', locale: 'en', teamId: team.body.id },
      organization: { id: org.admin.orgId, name: expect.any(String), baseCurrency: 'EUR' },
      team: { id: team.body.id, name: 'Iberia' },
      permissions: [
        'accounts:read', 'accounts:write', 'catalog:read', 'credit:read', 'deliveries:write', 'invoices:read', 'leads:read', 'leads:write',
        'opportunities:read', 'opportunities:write', 'orders:read', 'orders:write', 'org:read', 'projects:read', 'projects:write', 'quotes:read',
        'quotes:write', 'tasks:read', 'tasks:write', 'teams:read', 'territories:read', 'users:read',
      ],
      csrfToken: rep.csrf,
    });

    const admin = await call(h.app, 'GET', '/api/v1/me', { session: org.admin });
    expect(admin.body.team).toBeNull();
    expect(admin.body.permissions).toEqual(expect.arrayContaining(['api-keys:manage', 'audit:read', 'catalog:manage', 'org:manage', 'users:manage']));
  });

  it('answers 401 problem without a session', async () => {
    expectProblem(await call(h.app, 'GET', '/api/v1/me'), 401);
    expectProblem(await call(h.app, 'GET', '/api/v1/me', { headers: { cookie: 'ciclo_session=forged' } }), 401);
  });

  it('changes the language with PATCH /me and records it in the audit trail', async () => {
    const org = await newOrganization(h);
    const auditBefore = await countRows(h, 'audit_events', org.admin.orgId);
    const res = await call(h.app, 'PATCH', '/api/v1/me', { session: org.admin, body: { locale: 'fa' } });
    expect(res.status).toBe(200);
    expect(res.body.user.locale).toBe('fa');
    expect((await call(h.app, 'GET', '/api/v1/me', { session: org.admin })).body.user.locale).toBe('fa');

    expect(await countRows(h, 'audit_events', org.admin.orgId)).toBe(auditBefore + 1);
    const audit = await call(h.app, 'GET', `/api/v1/audit-events?filter[entityId]=${org.admin.userId}&filter[action]=update`, { session: org.admin });
    expect(audit.body.data).toEqual([
      expect.objectContaining({ entityType: 'users', actorUserId: org.admin.userId, changes: { locale: { before: 'en', after: 'fa' } } }),
    ]);
  });
});

describe('CSRF', () => {
  it.each<{ case: string; headers: Record<string, string> }>([
    { case: 'without an x-csrf-token header', headers: {} },
    { case: 'with a wrong x-csrf-token', headers: { 'x-csrf-token': 'wrong-token' } },
    { case: 'with an empty x-csrf-token', headers: { 'x-csrf-token': '' } },
  ])('answers 403 and writes nothing to a cookie request $case', async ({ headers }) => {
    const org = await newOrganization(h);
    const orgId = org.admin.orgId;
    const territoriesBefore = await countRows(h, 'territories', orgId);
    const before = await footprint(h, orgId);
    const res = await call(h.app, 'POST', '/api/v1/territories', { session: org.admin, csrf: false, headers, body: { name: 'North', code: 'N' } });
    expectProblem(res, 403);
    expect(await countRows(h, 'territories', orgId)).toBe(territoriesBefore);
    expect(await footprint(h, orgId)).toEqual(before);
  });

  it('answers 403 to a token of another session of another user', async () => {
    const org = await newOrganization(h);
    const other = await newOrganization(h);
    const res = await call(h.app, 'POST', '/api/v1/territories', {
      session: org.admin,
      csrf: false,
      headers: { 'x-csrf-token': other.admin.csrf },
      body: { name: 'North', code: 'N' },
    });
    expectProblem(res, 403);
  });

  it('needs no token for a safe GET', async () => {
    const org = await newOrganization(h);
    expect((await call(h.app, 'GET', '/api/v1/territories', { session: org.admin, csrf: false })).status).toBe(200);
  });
});

describe('API keys', () => {
  it('answers the key once on creation; the list shows neither the key nor its hash', async () => {
    const org = await newOrganization(h);
    const created = await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'ERP sync' } });
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect(created.body).toMatchObject({ name: 'ERP sync', userId: org.admin.userId, prefix: key.slice(0, 10), revokedAt: null, lastUsedAt: null });
    expect(key.length).toBeGreaterThanOrEqual(32);

    const list = await call(h.app, 'GET', '/api/v1/api-keys', { session: org.admin });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([expect.objectContaining({ id: created.body.id, name: 'ERP sync' })]);
    expect(list.body.data[0]).not.toHaveProperty('key');
    expect(list.body.data[0]).not.toHaveProperty('keyHash');
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(key);
    expect(text).not.toContain(createHash('sha256').update(key).digest('hex'));

    const { rows } = await h.owner.query<{ key_hash: string }>('select key_hash from api_keys where id = $1', [created.body.id]);
    expect(rows[0]!.key_hash).not.toBe(key);
    expect(rows[0]!.key_hash).not.toContain(key);
  });

  it('authenticates GET and POST with Authorization: Bearer, with no CSRF header and no cookie', async () => {
    const org = await newOrganization(h);
    const { key } = (await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'integration' } })).body as { key: string };

    const list = await call(h.app, 'GET', '/api/v1/territories', { headers: bearer(key) });
    expect(list.status).toBe(200);
    const created = await call(h.app, 'POST', '/api/v1/territories', { headers: bearer(key), body: { name: 'North', code: 'N' } });
    expect(created.status).toBe(201);
    const me = await call(h.app, 'GET', '/api/v1/me', { headers: bearer(key) });
    expect(me.body).toMatchObject({ user: { id: org.admin.userId, role: 'admin' }, csrfToken: null });
  });

  it('acts with the role of the user it was issued for', async () => {
    const org = await newOrganization(h);
    const rep = await addUser(h, org.admin, 'sales_rep');
    const created = await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'rep key', userId: rep.id } });
    expect(created.status).toBe(201);
    expect(created.body.userId).toBe(rep.id);
    const key = created.body.key as string;

    expect((await call(h.app, 'GET', '/api/v1/me', { headers: bearer(key) })).body.user).toMatchObject({ id: rep.id, role: 'sales_rep' });
    expect((await call(h.app, 'GET', '/api/v1/territories', { headers: bearer(key) })).status).toBe(200);
    const before = await footprint(h, org.admin.orgId);
    expectProblem(await call(h.app, 'POST', '/api/v1/territories', { headers: bearer(key), body: { name: 'North', code: 'N' } }), 403);
    expectProblem(await call(h.app, 'POST', '/api/v1/api-keys', { headers: bearer(key), body: { name: 'escalate' } }), 403);
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it('answers 401 to a revoked key', async () => {
    const org = await newOrganization(h);
    const created = await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'short-lived' } });
    const key = created.body.key as string;
    expect((await call(h.app, 'GET', '/api/v1/me', { headers: bearer(key) })).status).toBe(200);

    const revoked = await call(h.app, 'DELETE', `/api/v1/api-keys/${created.body.id}`, { session: org.admin });
    expect(revoked.status).toBe(204);
    expectProblem(await call(h.app, 'GET', '/api/v1/me', { headers: bearer(key) }), 401);
    expectProblem(await call(h.app, 'POST', '/api/v1/territories', { headers: bearer(key), body: { name: 'North', code: 'N' } }), 401);
    const list = await call(h.app, 'GET', '/api/v1/api-keys', { session: org.admin });
    expect(list.body.data[0]).toMatchObject({ id: created.body.id, revokedAt: expect.any(String) });
  });

  it('answers 403 when a non-admin tries to create, list or revoke keys', async () => {
    const org = await newOrganization(h);
    const manager = await org.member('sales_manager');
    const key = await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'admin key' } });
    const before = await footprint(h, org.admin.orgId);
    expectProblem(await call(h.app, 'POST', '/api/v1/api-keys', { session: manager, body: { name: 'mine' } }), 403);
    expectProblem(await call(h.app, 'GET', '/api/v1/api-keys', { session: manager }), 403);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/api-keys/${key.body.id}`, { session: manager }), 403);
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
  });

  it.each([
    { case: 'an unknown key', authorization: `Bearer ck_${randomBytes(32).toString('base64url')}` },
    { case: 'a garbage bearer', authorization: 'Bearer !!!' },
    { case: 'an empty bearer', authorization: 'Bearer ' },
    { case: 'another scheme', authorization: 'Basic dXNlcjpwYXNz' },
  ])('answers 401 to $case', async ({ authorization }) => {
    expectProblem(await call(h.app, 'GET', '/api/v1/me', { headers: { authorization } }), 401);
  });
});

describe('sessions', () => {
  it('logs out with 204, after which the old cookie answers 401', async () => {
    const org = await newOrganization(h);
    const res = await call(h.app, 'POST', '/api/v1/auth/logout', { session: org.admin });
    expect(res.status).toBe(204);
    expectProblem(await call(h.app, 'GET', '/api/v1/me', { session: org.admin }), 401);
    expectProblem(await call(h.app, 'POST', '/api/v1/territories', { session: org.admin, body: { name: 'North', code: 'N' } }), 401);
  });

  it('ends the sessions and API keys of an archived user, who can no longer log in', async () => {
    const org = await newOrganization(h);
    const rep = await org.member('sales_rep');
    const key = (await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'rep', userId: rep.userId } })).body.key as string;
    expect((await call(h.app, 'GET', '/api/v1/me', { session: rep })).status).toBe(200);

    const archived = await call(h.app, 'DELETE', `/api/v1/users/${rep.userId}`, { session: org.admin });
    expect(archived.status).toBe(204);
    expectProblem(await call(h.app, 'GET', '/api/v1/me', { session: rep }), 401);
    expectProblem(await call(h.app, 'GET', '/api/v1/me', { headers: bearer(key) }), 401);
    expectProblem(await login(rep.email, password), 401);
  });

  it('answers 409 when an admin archives themselves', async () => {
    const org = await newOrganization(h);
    await addUser(h, org.admin, 'admin');
    const before = await footprint(h, org.admin.orgId);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/users/${org.admin.userId}`, { session: org.admin }), 409);
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
    expect((await call(h.app, 'GET', '/api/v1/me', { session: org.admin })).status).toBe(200);
  });

  it('answers 409 when the last admin is demoted, and keeps the role', async () => {
    const org = await newOrganization(h);
    const before = await footprint(h, org.admin.orgId);
    const res = await call(h.app, 'PATCH', `/api/v1/users/${org.admin.userId}`, { session: org.admin, body: { role: 'sales_manager' } });
    expectProblem(res, 409);
    expect(await footprint(h, org.admin.orgId)).toEqual(before);
    expect((await call(h.app, 'GET', `/api/v1/users/${org.admin.userId}`, { session: org.admin })).body.role).toBe('admin');
  });

  it('lets an admin be demoted while another admin remains', async () => {
    const org = await newOrganization(h);
    const second = await addUser(h, org.admin, 'admin');
    const res = await call(h.app, 'PATCH', `/api/v1/users/${second.id}`, { session: org.admin, body: { role: 'finance' } });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('finance');
  });
});

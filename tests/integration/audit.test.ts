import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, call, countRows, expectProblem, newOrganization, startHarness, type Harness, type Session } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type AuditEvent = {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  apiKeyId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
};

async function eventsOf(session: Session, entityId: string): Promise<AuditEvent[]> {
  const res = await call(h.app, 'GET', `/api/v1/audit-events?filter[entityId]=${entityId}&limit=200`, { session });
  expect(res.status).toBe(200);
  return res.body.data as AuditEvent[];
}

/** Sends a request tagged with a fresh request id; answers the response and that id. */
async function tagged(method: 'POST' | 'PATCH' | 'DELETE', url: string, session: Session, body?: unknown, headers: Record<string, string> = {}) {
  const requestId = `test-${randomUUID()}`;
  const res = await call(h.app, method, url, { session, body, headers: { ...headers, 'x-request-id': requestId } });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  expect(res.headers['x-request-id']).toBe(requestId);
  return { res, requestId };
}

describe('audit trail of a territory', () => {
  it('writes one row per create, update and archive, with who, what, before/after and the request id', async () => {
    const org = await newOrganization(h);
    const orgId = org.admin.orgId;
    const admin = org.admin;

    const auditBefore = await countRows(h, 'audit_events', orgId);
    const created = await tagged('POST', '/api/v1/territories', admin, { name: 'North', code: 'n-1' });
    const id = created.res.body.id as string;
    expect(await countRows(h, 'audit_events', orgId)).toBe(auditBefore + 1);
    const [createEvent] = await eventsOf(admin, id);
    expect(createEvent).toMatchObject({
      actorUserId: admin.userId,
      actorName: 'Ada Admin',
      apiKeyId: null,
      entityType: 'territories',
      entityId: id,
      action: 'create',
      requestId: created.requestId,
    });
    expect(createEvent!.changes).toMatchObject({ name: { before: null, after: 'North' }, code: { before: null, after: 'N-1' } });
    for (const bookkeeping of ['id', 'orgId', 'version', 'createdAt', 'updatedAt']) expect(createEvent!.changes).not.toHaveProperty(bookkeeping);

    const updated = await tagged('PATCH', `/api/v1/territories/${id}`, admin, { name: 'North-East' }, { 'if-match': '"1"' });
    expect(await countRows(h, 'audit_events', orgId)).toBe(auditBefore + 2);
    const updateEvent = (await eventsOf(admin, id)).find((e) => e.action === 'update');
    expect(updateEvent).toMatchObject({ actorUserId: admin.userId, actorName: 'Ada Admin', entityType: 'territories', requestId: updated.requestId });
    expect(updateEvent!.changes).toEqual({ name: { before: 'North', after: 'North-East' } });

    const archived = await tagged('DELETE', `/api/v1/territories/${id}`, admin);
    expect(archived.res.status).toBe(204);
    expect(await countRows(h, 'audit_events', orgId)).toBe(auditBefore + 3);
    const archiveEvent = (await eventsOf(admin, id)).find((e) => e.action === 'archive');
    expect(archiveEvent).toMatchObject({ actorUserId: admin.userId, entityType: 'territories', entityId: id, requestId: archived.requestId });
    expect(archiveEvent!.changes).toEqual({ archivedAt: { before: null, after: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } });

    const { rows } = await h.owner.query<{ request_id: string; action: string }>(
      'select request_id, action from audit_events where org_id = $1 and entity_id = $2 order by occurred_at',
      [orgId, id],
    );
    expect(rows).toEqual([
      { request_id: created.requestId, action: 'create' },
      { request_id: updated.requestId, action: 'update' },
      { request_id: archived.requestId, action: 'archive' },
    ]);
  });

  it('writes no row for a PATCH refused as stale', async () => {
    const org = await newOrganization(h);
    const { res } = await tagged('POST', '/api/v1/territories', org.admin, { name: 'North', code: 'N' });
    const auditBefore = await countRows(h, 'audit_events', org.admin.orgId);
    const stale = await call(h.app, 'PATCH', `/api/v1/territories/${res.body.id}`, { session: org.admin, body: { name: 'X' }, headers: { 'if-match': '"7"' } });
    expectProblem(stale, 412);
    expect(await countRows(h, 'audit_events', org.admin.orgId)).toBe(auditBefore);
  });

  it('records the API key a change was made with', async () => {
    const org = await newOrganization(h);
    const key = await call(h.app, 'POST', '/api/v1/api-keys', { session: org.admin, body: { name: 'ERP' } });
    const res = await call(h.app, 'POST', '/api/v1/territories', { headers: { authorization: `Bearer ${key.body.key}` }, body: { name: 'North', code: 'N' } });
    expect(res.status).toBe(201);
    const [event] = await eventsOf(org.admin, res.body.id);
    expect(event).toMatchObject({ action: 'create', actorUserId: org.admin.userId, apiKeyId: key.body.id });
  });
});

describe('secrets in the audit trail', () => {
  it('records a password change as [redacted], never the hash or the password', async () => {
    const org = await newOrganization(h);
    const rep = await addUser(h, org.admin, 'sales_rep');
    const newPassword = `brand-new-${randomUUID()}`;
    const res = await call(h.app, 'PATCH', `/api/v1/users/${rep.id}`, { session: org.admin, body: { password: newPassword } });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('passwordHash');

    const update = (await eventsOf(org.admin, rep.id)).find((e) => e.action === 'update');
    expect(update!.changes).toEqual({ passwordHash: { before: '[redacted]', after: '[redacted]' } });

    const { rows: stored } = await h.owner.query<{ password_hash: string }>('select password_hash from users where id = $1', [rep.id]);
    const { rows } = await h.owner.query<{ changes: string }>('select changes::text as changes from audit_events where org_id = $1', [org.admin.orgId]);
    const trail = rows.map((r) => r.changes).join('\n');
    expect(trail).not.toContain(stored[0]!.password_hash);
    expect(trail).not.toContain('$argon2');
    expect(trail).not.toContain(newPassword);
  });
});

describe('timeline', () => {
  it('lists the history of a territory newest first, page by page', async () => {
    const org = await newOrganization(h);
    const { res } = await tagged('POST', '/api/v1/territories', org.admin, { name: 'North', code: 'N' });
    const id = res.body.id as string;
    await tagged('PATCH', `/api/v1/territories/${id}`, org.admin, { name: 'North 2' });
    await tagged('PATCH', `/api/v1/territories/${id}`, org.admin, { code: 'N2' });
    await tagged('DELETE', `/api/v1/territories/${id}`, org.admin);

    const all = await call(h.app, 'GET', `/api/v1/territories/${id}/timeline`, { session: org.admin });
    expect(all.status).toBe(200);
    expect(all.body.nextCursor).toBeNull();
    const events = all.body.data as AuditEvent[];
    expect(events.map((e) => e.action)).toEqual(['archive', 'update', 'update', 'create']);
    expect(events[1]!.changes).toEqual({ code: { before: 'N', after: 'N2' } });
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const paged: AuditEvent[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/territories/${id}/timeline?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await call(h.app, 'GET', url, { session: org.admin });
      expect(page.status).toBe(200);
      expect(page.body.data).toHaveLength(1);
      paged.push(...(page.body.data as AuditEvent[]));
      cursor = page.body.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(paged.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it("answers 404 for another organisation's territory", async () => {
    const org = await newOrganization(h);
    const other = await newOrganization(h);
    const { res } = await tagged('POST', '/api/v1/territories', other.admin, { name: 'Theirs', code: 'T' });
    expectProblem(await call(h.app, 'GET', `/api/v1/territories/${res.body.id}/timeline`, { session: org.admin }), 404);
  });
});

describe('GET /audit-events', () => {
  it('filters by entity type and action', async () => {
    const org = await newOrganization(h);
    const admin = org.admin;
    const north = await tagged('POST', '/api/v1/territories', admin, { name: 'North', code: 'N' });
    const south = await tagged('POST', '/api/v1/territories', admin, { name: 'South', code: 'S' });
    const team = await tagged('POST', '/api/v1/teams', admin, { name: 'Iberia' });
    await tagged('PATCH', `/api/v1/territories/${north.res.body.id}`, admin, { name: 'North 2' });
    await tagged('PATCH', `/api/v1/territories/${south.res.body.id}`, admin, { name: 'South 2' });
    await tagged('PATCH', `/api/v1/teams/${team.res.body.id}`, admin, { name: 'Iberia 2' });

    const res = await call(h.app, 'GET', '/api/v1/audit-events?filter[entityType]=territories&filter[action]=update', { session: admin });
    expect(res.status).toBe(200);
    const events = res.body.data as AuditEvent[];
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.entityType === 'territories' && e.action === 'update')).toBe(true);
    expect(events.map((e) => e.entityId).sort()).toEqual([north.res.body.id, south.res.body.id].sort());

    const creates = await call(h.app, 'GET', '/api/v1/audit-events?filter[entityType]=territories&filter[action]=create', { session: admin });
    expect((creates.body.data as AuditEvent[]).map((e) => e.entityId).sort()).toEqual([north.res.body.id, south.res.body.id].sort());
  });

  it('shows only the caller organisation', async () => {
    const org = await newOrganization(h);
    const other = await newOrganization(h);
    const theirs = await tagged('POST', '/api/v1/territories', other.admin, { name: 'Theirs', code: 'T' });
    const res = await call(h.app, 'GET', `/api/v1/audit-events?filter[entityId]=${theirs.res.body.id}`, { session: org.admin });
    expect(res.body.data).toEqual([]);
  });

  it('answers 403 to a sales rep', async () => {
    const org = await newOrganization(h);
    const rep = await org.member('sales_rep');
    expectProblem(await call(h.app, 'GET', '/api/v1/audit-events', { session: rep }), 403);
  });
});

describe('append-only in the database', () => {
  /** Runs sql in its own transaction, always rolled back; answers the error it raised (or null). */
  async function attempt(pool: pg.Pool, orgId: string, statement: string, params: unknown[] = []): Promise<(Error & { code?: string }) | null> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.org_id', $1, true)`, [orgId]);
      await client.query(statement, params);
      return null;
    } catch (error) {
      return error as Error & { code?: string };
    } finally {
      await client.query('rollback');
      client.release();
    }
  }

  /** The organisation's trail as a count and a digest of every row's content. */
  async function trailOf(orgId: string) {
    const { rows } = await h.owner.query<{ n: number; digest: string }>(
      `select count(*)::int as n, md5(string_agg(id::text || action || changes::text || coalesce(request_id, ''), ',' order by id)) as digest
       from audit_events where org_id = $1`,
      [orgId],
    );
    return rows[0]!;
  }

  async function orgWithTrail() {
    const org = await newOrganization(h);
    await call(h.app, 'POST', '/api/v1/territories', { session: org.admin, body: { name: 'North', code: 'N' } });
    return { orgId: org.admin.orgId, trail: await trailOf(org.admin.orgId) };
  }

  it.each([
    { statement: `update audit_events set action = 'tampered' where org_id = $1`, params: true },
    { statement: `update audit_events set changes = '{}' where org_id = $1`, params: true },
    { statement: 'delete from audit_events where org_id = $1', params: true },
    { statement: 'truncate audit_events', params: false },
  ])('refuses "$statement" even to the owner', async ({ statement, params }) => {
    const { orgId, trail } = await orgWithTrail();
    expect(trail.n).toBeGreaterThan(0);
    const error = await attempt(h.owner, orgId, statement, params ? [orgId] : []);
    expect(error?.message).toMatch(/append-only/);
    expect(await trailOf(orgId)).toEqual(trail);
  });

  it.each([
    { statement: `update audit_events set action = 'tampered' where org_id = $1`, params: true },
    { statement: 'delete from audit_events where org_id = $1', params: true },
    { statement: 'truncate audit_events', params: false },
  ])('refuses "$statement" to the app role inside its own organisation', async ({ statement, params }) => {
    const { orgId, trail } = await orgWithTrail();
    const error = await attempt(h.pool, orgId, statement, params ? [orgId] : []);
    expect(error).not.toBeNull();
    expect(error!.code).toBe('42501');
    expect(await trailOf(orgId)).toEqual(trail);
  });

  it('lets the app role append and read its own organisation only', async () => {
    const { orgId } = await orgWithTrail();
    const client = await h.pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.org_id', $1, true)`, [orgId]);
      const { rows } = await client.query<{ orgs: number }>('select count(distinct org_id)::int as orgs from audit_events');
      expect(rows[0]!.orgs).toBe(1);
      await client.query(`insert into audit_events (org_id, entity_type, entity_id, action) values ($1, 'test', $2, 'create')`, [orgId, randomUUID()]);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

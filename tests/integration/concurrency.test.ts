import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, call, countRows, expectProblem, footprint, newOrganization, startHarness, type Harness, type Session } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function newTeam(admin: Session, name = 'Iberia'): Promise<string> {
  const res = await call(h.app, 'POST', '/api/v1/teams', { session: admin, body: { name } });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const patchTeam = (admin: Session, id: string, body: unknown, ifMatch?: string) =>
  call(h.app, 'PATCH', `/api/v1/teams/${id}`, { session: admin, body, ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}) });

describe('optimistic concurrency with If-Match', () => {
  it('answers the version as ETag on GET', async () => {
    const { admin } = await newOrganization(h);
    const id = await newTeam(admin);
    const res = await call(h.app, 'GET', `/api/v1/teams/${id}`, { session: admin });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body.version).toBe(1);
  });

  it('answers 412 with currentVersion when the version is stale, and does not apply the change', async () => {
    const { admin } = await newOrganization(h);
    const id = await newTeam(admin);
    const etag = String((await call(h.app, 'GET', `/api/v1/teams/${id}`, { session: admin })).headers.etag);

    const first = await patchTeam(admin, id, { name: 'Iberia North' }, etag);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: 'Iberia North', version: 2 });
    expect(first.headers.etag).toBe('"2"');

    const auditBefore = await countRows(h, 'audit_events', admin.orgId);
    const before = await footprint(h, admin.orgId);
    const second = await patchTeam(admin, id, { name: 'Iberia South' }, etag);
    expectProblem(second, 412);
    expect(second.body.currentVersion).toBe(2);
    expect(await countRows(h, 'audit_events', admin.orgId)).toBe(auditBefore);
    expect(await footprint(h, admin.orgId)).toEqual(before);

    const now = await call(h.app, 'GET', `/api/v1/teams/${id}`, { session: admin });
    expect(now.body).toMatchObject({ name: 'Iberia North', version: 2 });
  });

  it.each(['W/"1"', '1', '"1"'])('accepts If-Match: %s as version 1', async (ifMatch) => {
    const { admin } = await newOrganization(h);
    const id = await newTeam(admin);
    const res = await patchTeam(admin, id, { name: 'Renamed' }, ifMatch);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
  });

  it('applies a PATCH without If-Match over a newer version (last write wins)', async () => {
    const { admin } = await newOrganization(h);
    const id = await newTeam(admin);
    await patchTeam(admin, id, { name: 'Second' }, '"1"');
    const res = await patchTeam(admin, id, { name: 'Third' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Third', version: 3 });
  });

  it('lets exactly one of 20 concurrent PATCHes with the same If-Match win; the rest answer 412', async () => {
    const { admin } = await newOrganization(h);
    const id = await newTeam(admin);
    const auditBefore = await countRows(h, 'audit_events', admin.orgId);

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => patchTeam(admin, id, { name: `Racer ${i}` }, '"1"')));

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!;
    for (const loser of results.filter((r) => r.status === 412)) expectProblem(loser, 412);

    const now = await call(h.app, 'GET', `/api/v1/teams/${id}`, { session: admin });
    expect(now.body).toMatchObject({ name: winner.body.name, version: 2 });
    expect(await countRows(h, 'audit_events', admin.orgId)).toBe(auditBefore + 1);
  });

  it('answers 412 for a stale version of a territory, a user and the organisation too', async () => {
    const { admin } = await newOrganization(h);
    const territory = await call(h.app, 'POST', '/api/v1/territories', { session: admin, body: { name: 'North', code: 'N' } });
    const targets = [`/api/v1/territories/${territory.body.id}`, `/api/v1/users/${admin.userId}`, '/api/v1/organization'];
    const bodies = [{ name: 'North 2' }, { name: 'Ada 2' }, { name: 'Org 2' }];
    const before = await footprint(h, admin.orgId);
    for (const [i, url] of targets.entries()) {
      const res = await call(h.app, 'PATCH', url, { session: admin, body: bodies[i], headers: { 'if-match': '"5"' } });
      expectProblem(res, 412);
    }
    expect(await footprint(h, admin.orgId)).toEqual(before);
  });
});

describe('partial updates', () => {
  it('keeps the fields a PATCH does not name', async () => {
    const { admin } = await newOrganization(h);
    const rep = await addUser(h, admin, 'sales_rep');
    const created = await call(h.app, 'POST', '/api/v1/territories', {
      session: admin,
      body: { name: 'North', code: 'N', description: 'Everything above the river', repId: rep.id },
    });
    const res = await call(h.app, 'PATCH', `/api/v1/territories/${created.body.id}`, { session: admin, body: { name: 'North-East' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'North-East', code: 'N', description: 'Everything above the river', repId: rep.id });
  });

  it('keeps at least one admin when two admins demote each other at the same time', async () => {
    const org = await newOrganization(h);
    const other = await org.member('admin');
    // Make the race certain rather than likely: hold back audit writes (each demotion's last step)
    // until both requests are waiting on them, i.e. both have already checked for another admin.
    const gate = await h.owner.connect();
    let results: Awaited<ReturnType<typeof call>>[];
    try {
      await gate.query('begin');
      await gate.query('lock table audit_events in share mode');
      const gatePid = (await gate.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const racing = Promise.all([
        call(h.app, 'PATCH', `/api/v1/users/${other.userId}`, { session: org.admin, body: { role: 'sales_rep' } }),
        call(h.app, 'PATCH', `/api/v1/users/${org.admin.userId}`, { session: other, body: { role: 'sales_rep' } }),
      ]);
      for (let waited = 0; waited < 3000; waited += 20) {
        const { rows } = await h.owner.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where $1 = any(pg_blocking_pids(pid))', [gatePid]);
        if (rows[0]!.n >= 2) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await gate.query('rollback');
      results = await racing;
    } finally {
      await gate.query('rollback').catch(() => {});
      gate.release();
    }
    expect(results.map((r) => r.status).every((s) => s < 500)).toBe(true);
    const { rows } = await h.owner.query<{ n: number }>(`select count(*)::int as n from users where org_id = $1 and role = 'admin' and archived_at is null`, [
      org.admin.orgId,
    ]);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

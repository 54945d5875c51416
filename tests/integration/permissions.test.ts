import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common.js';
import { call, expectProblem, footprint, newOrganization, password, startHarness, type Harness, type Session } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Endpoint = { method: 'GET' | 'POST' | 'PATCH'; url: string; body?: () => unknown; success: number };

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/users', success: 200 },
  { method: 'POST', url: '/api/v1/users', body: () => ({ email: `p-${randomUUID()}@example.com`, name: 'Pat', role: 'support', password }), success: 201 },
  { method: 'GET', url: '/api/v1/teams', success: 200 },
  { method: 'POST', url: '/api/v1/teams', body: () => ({ name: `Team ${randomUUID()}` }), success: 201 },
  { method: 'GET', url: '/api/v1/territories', success: 200 },
  { method: 'POST', url: '/api/v1/territories', body: () => ({ name: 'Zone', code: `Z-${randomUUID().slice(0, 8)}` }), success: 201 },
  { method: 'GET', url: '/api/v1/api-keys', success: 200 },
  { method: 'POST', url: '/api/v1/api-keys', body: () => ({ name: 'key' }), success: 201 },
  { method: 'GET', url: '/api/v1/audit-events', success: 200 },
  { method: 'GET', url: '/api/v1/organization', success: 200 },
  { method: 'PATCH', url: '/api/v1/organization', body: () => ({ name: `Renamed ${randomUUID().slice(0, 8)}` }), success: 200 },
];

const readsForEveryone = new Set(['GET /api/v1/users', 'GET /api/v1/teams', 'GET /api/v1/territories', 'GET /api/v1/organization']);

/** Which role may call what: admins everything; every other role reads the directory and nothing more. */
function allowed(role: Role, e: Endpoint): boolean {
  return role === 'admin' || readsForEveryone.has(`${e.method} ${e.url}`);
}

const roles: Role[] = ['admin', 'sales_manager', 'sales_rep', 'finance', 'support'];

describe.each(roles)('as %s', (role) => {
  let session: Session;
  beforeAll(async () => {
    const org = await newOrganization(h);
    session = role === 'admin' ? org.admin : await org.member(role);
  });

  it.each(endpoints.map((e) => ({ ...e, route: `${e.method} ${e.url.replace('/api/v1', '')}`, outcome: allowed(role, e) ? `answers ${e.success}` : 'answers 403 and writes nothing' })))(
    '$route $outcome',
    async (e) => {
      const before = await footprint(h, session.orgId);
      const res = await call(h.app, e.method, e.url, { session, ...(e.body ? { body: e.body() } : {}) });
      if (allowed(role, e)) {
        expect(res.status, JSON.stringify(res.body)).toBe(e.success);
      } else {
        expectProblem(res, 403);
        expect(await footprint(h, session.orgId)).toEqual(before);
      }
    },
  );

  it.skipIf(role === 'admin')('answers 403 to changing or archiving directory records, itself included, and writes nothing', async () => {
    const userId = session.userId;
    const before = await footprint(h, session.orgId);
    expectProblem(await call(h.app, 'PATCH', `/api/v1/users/${userId}`, { session, body: { role: 'admin' } }), 403);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/users/${userId}`, { session }), 403);
    expectProblem(await call(h.app, 'PATCH', `/api/v1/teams/${randomUUID()}`, { session, body: { name: 'x' } }), 403);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/territories/${randomUUID()}`, { session }), 403);
    expect(await footprint(h, session.orgId)).toEqual(before);
    expect((await call(h.app, 'GET', '/api/v1/me', { session })).body.user.role).toBe(role);
  });
});

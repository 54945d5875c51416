import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissions } from '../../src/server/platform/access/permissions.js';
import { call, startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

// The calendar feed's secret URL is its own credential (a calendar client cannot sign in).
const publicRoutes = new Set(['POST /api/v1/auth/login', 'GET /api/v1/openapi.json', 'GET /api/v1/calendar/:token.ics']);
const concrete = (url: string) => url.replace(/:(\w+)/g, () => randomUUID());

describe('every API route declares who may call it', () => {
  it('registers a meaningful number of routes', () => {
    expect(h.routes.length).toBeGreaterThan(20);
  });

  it('gives every route an access rule that is public, signed-in or a known permission', () => {
    const known = new Set<string>(['public', 'signed-in', ...permissions]);
    const undeclared = h.routes.filter((r) => !r.access || !known.has(r.access)).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('keeps public only the routes meant to be public', () => {
    const open = h.routes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(new Set(open)).toEqual(publicRoutes);
  });

  it('answers 401 to an anonymous caller on every other route, and writes nothing', async () => {
    const run = `anonymous-${randomUUID()}`;
    for (const route of h.routes.filter((r) => r.access !== 'public')) {
      const res = await call(h.app, route.method as 'GET', concrete(route.url), {
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        headers: { 'x-request-id': `${run}-${route.method}` },
      });
      expect(res.status, `${route.method} ${route.url}`).toBe(401);
      expect(res.body.type).toBe('urn:ciclo:problem:unauthenticated');
    }
    const { rows } = await h.owner.query<{ n: number }>('select count(*)::int as n from audit_events where request_id like $1', [`${run}%`]);
    expect(rows[0]!.n).toBe(0);
  });

  it('answers 401 to a made-up session cookie or API key', async () => {
    expect((await call(h.app, 'GET', '/api/v1/me', { headers: { cookie: 'ciclo_session=forged' } })).status).toBe(401);
    expect((await call(h.app, 'GET', '/api/v1/me', { headers: { authorization: 'Bearer ck_forged' } })).status).toBe(401);
  });
});

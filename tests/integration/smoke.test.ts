import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrganization, startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('health and docs', () => {
  it('answers /health once the database is reachable and migrated', async () => {
    const res = await call(h.app, 'GET', '/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('serves the OpenAPI 3.1 document with every API route', async () => {
    const res = await call(h.app, 'GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/users', '/api/v1/users/{id}', '/api/v1/audit-events']));
  });

  it('answers unknown API routes with a problem', async () => {
    const org = await newOrganization(h);
    const res = await call(h.app, 'GET', '/api/v1/nothing-here', { session: org.admin });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

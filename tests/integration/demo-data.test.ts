import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { demoAdminEmail, demoPassword, loadDemoData } from '../../src/server/demo/demo-data.js';
import { prepareDatabase } from '../../src/server/platform/db/database.js';
import { call, signIn, startHarness, type Harness } from '../support/harness.js';

// The demo organisation has fixed e-mails, so it loads into a database of its own.
let h: Harness;
let ownerUrl: string;

beforeAll(async () => {
  const name = `ciclo_demo_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: inject('ownerUrl') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(inject('ownerUrl'));
  url.pathname = `/${name}`;
  ownerUrl = url.toString();
  h = await startHarness({ appUrl: await prepareDatabase(ownerUrl, { appRole: 'ciclo_app', appDatabaseUrl: undefined }), ownerUrl });
});
afterAll(() => h.close());

describe('demo data', () => {
  it('fills an organisation with teams, managers, reps and territories, once', async () => {
    expect(await loadDemoData(h.db, ownerUrl)).toEqual({ created: true, users: 20 });
    expect(await loadDemoData(h.db, ownerUrl)).toEqual({ created: false, users: 0 });
    const admin = await signIn(h.app, demoAdminEmail, demoPassword);
    const users = (await call(h.app, 'GET', '/api/v1/users?limit=200', { session: admin })).body.data as { role: string; email: string }[];
    const roles = users.reduce<Record<string, number>>((n, u) => ({ ...n, [u.role]: (n[u.role] ?? 0) + 1 }), {});
    expect(roles).toEqual({ admin: 1, sales_manager: 4, sales_rep: 12, finance: 1, support: 2 });
    const teams = (await call(h.app, 'GET', '/api/v1/teams', { session: admin })).body.data as { managerId: string | null; memberCount: number }[];
    expect(teams).toHaveLength(4);
    for (const team of teams) expect(team.managerId).not.toBeNull();
    const territories = (await call(h.app, 'GET', '/api/v1/territories', { session: admin })).body.data as { repId: string | null }[];
    expect(territories).toHaveLength(7);
    expect(territories.every((t) => t.repId)).toBe(true);
    // Deterministic: the seed fixes who is who.
    expect(users.map((u) => u.email).sort()).toMatchSnapshot();
  });
});

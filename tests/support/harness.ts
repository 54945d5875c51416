import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import * as schema from '../../src/server/db-schema.js';
import { systemClock, type Clock } from '../../src/server/kernel/clock.js';
import { readConfig } from '../../src/server/platform/config.js';
import { createOrganizationWithDefaults } from '../../src/server/organizations.js';
import type { App, RouteRecord } from '../../src/server/platform/http/server.js';
import type { Role } from '../../src/contracts/common.js';

export type Harness = { app: App; routes: RouteRecord[]; pool: pg.Pool; owner: pg.Pool; db: ReturnType<typeof drizzle<typeof schema>>; close(): Promise<void> };

/** The real app on the run's real PostgreSQL, connected as the app role (row-level security applies). */
export async function startHarness(
  options: { clock?: Clock; env?: NodeJS.ProcessEnv; appUrl?: string; ownerUrl?: string } = {},
): Promise<Harness> {
  const pool = new pg.Pool({ connectionString: options.appUrl ?? inject('appUrl'), max: 5 });
  const owner = new pg.Pool({ connectionString: options.ownerUrl ?? inject('ownerUrl'), max: 2 });
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  const config = readConfig({ ...process.env, VITEST: 'true', CICLO_WEB_DIR: '/nonexistent', ...options.env });
  const { app, routes } = await buildApp({ db, pool, clock: options.clock ?? systemClock, config });
  return {
    app,
    routes,
    pool,
    owner,
    db,
    close: async () => {
      await app.close();
      await pool.end();
      await owner.end();
    },
  };
}

export const password = 'correct-horse-battery';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Response = { status: number; body: any; headers: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A signed-in browser: the session cookie, the CSRF token, and a distinct client address. */
export type Session = { userId: string; orgId: string; email: string; cookie: string; csrf: string; ip: string };

let addressCounter = 0;
export function uniqueIp(): string {
  addressCounter += 1;
  return `198.18.${(process.pid + addressCounter) % 250}.${addressCounter % 250}`;
}

export async function call(
  app: App,
  method: Method,
  url: string,
  options: { session?: Session; body?: unknown; headers?: Record<string, string>; csrf?: boolean; ip?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = options.session.csrf;
  }
  const res = await app.inject({
    method,
    url,
    headers,
    remoteAddress: options.ip ?? options.session?.ip ?? uniqueIp(),
    ...(options.body !== undefined ? { payload: options.body as object } : {}),
  });
  return { status: res.statusCode, body: res.body ? safeJson(res.body) : null, headers: res.headers };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function signIn(app: App, email: string, pass = password): Promise<Session> {
  const ip = uniqueIp();
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: pass }, remoteAddress: ip });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ciclo_session')!;
  const body = JSON.parse(res.body) as { user: { id: string }; csrfToken: string };
  const me = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `ciclo_session=${cookie.value}` } })).body) as {
    organization: { id: string };
  };
  return { userId: body.user.id, orgId: me.organization.id, email, cookie: `ciclo_session=${cookie.value}`, csrf: body.csrfToken, ip };
}

/** A fresh organisation with its admin signed in. */
export async function newOrganization(h: Harness, name = `Org ${randomUUID().slice(0, 8)}`) {
  const email = `admin-${randomUUID()}@example.com`;
  await createOrganizationWithDefaults(h.db, { name, admin: { email, name: 'Ada Admin', password } });
  const admin = await signIn(h.app, email);
  return {
    admin,
    /** Creates a user of the given role through the API and signs them in. */
    async member(role: Role, extra: { teamId?: string; name?: string } = {}): Promise<Session> {
      const memberEmail = `${role}-${randomUUID()}@example.com`;
      const res = await call(h.app, 'POST', '/api/v1/users', {
        session: admin,
        body: { email: memberEmail, name: extra.name ?? `${role} person`, role, password, teamId: extra.teamId ?? null },
      });
      if (res.status !== 201) throw new Error(`creating a ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return signIn(h.app, memberEmail);
    },
  };
}

export async function countRows(h: Harness, table: string, orgId: string): Promise<number> {
  const column = table === 'organizations' ? 'id' : 'org_id';
  const { rows } = await h.owner.query<{ n: number }>(`select count(*)::int as n from ${table} where ${column} = $1`, [orgId]);
  return rows[0]!.n;
}

/** Creates a user of the given role through the API without signing them in (one password hash, no login). */
export async function addUser(h: Harness, admin: Session, role: Role, extra: { teamId?: string | null; name?: string } = {}): Promise<{ id: string; email: string }> {
  const email = `${role}-${randomUUID()}@example.com`;
  const res = await call(h.app, 'POST', '/api/v1/users', {
    session: admin,
    body: { email, name: extra.name ?? `${role} person`, role, password, teamId: extra.teamId ?? null },
  });
  if (res.status !== 201) throw new Error(`creating a ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, email };
}

/**
 * Everything an organisation has written: row counts and the sum of record versions (every update
 * bumps one), read with the owner connection. Equal before and after means the request wrote nothing.
 */
export async function footprint(h: Harness, orgId: string): Promise<Record<string, number>> {
  const { rows } = await h.owner.query<Record<string, number>>(
    `select
       (select count(*) from organizations where id = $1)::int as organizations,
       (select coalesce(sum(version), 0) from organizations where id = $1)::int as "organizationVersions",
       (select count(*) from users where org_id = $1)::int as users,
       (select coalesce(sum(version), 0) from users where org_id = $1)::int as "userVersions",
       (select count(*) from teams where org_id = $1)::int as teams,
       (select coalesce(sum(version), 0) from teams where org_id = $1)::int as "teamVersions",
       (select count(*) from territories where org_id = $1)::int as territories,
       (select coalesce(sum(version), 0) from territories where org_id = $1)::int as "territoryVersions",
       (select count(*) from api_keys where org_id = $1)::int as "apiKeys",
       (select count(*) from api_keys where org_id = $1 and revoked_at is not null)::int as "revokedApiKeys",
       (select count(*) from sessions where org_id = $1)::int as sessions,
       (select count(*) from audit_events where org_id = $1)::int as "auditEvents"`,
    [orgId],
  );
  return rows[0]!;
}

/** The answer is an RFC 9457 problem with this status (API.md "Errors"). */
export function expectProblem(res: Response, status: number): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status, type: expect.any(String), title: expect.any(String) } });
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
}

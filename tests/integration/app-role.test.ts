import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { ensureAppRole, grantAppRole } from '../../src/server/platform/db/app-role.js';

let owner: pg.Client;
let superuser: boolean;
const made: string[] = [];

beforeAll(async () => {
  owner = new pg.Client({ connectionString: inject('ownerUrl') });
  await owner.connect();
  superuser = (await owner.query<{ s: boolean }>('select rolsuper as s from pg_roles where rolname = current_user')).rows[0]!.s;
});
afterAll(async () => {
  // Roles belong to the whole server (TEST_DATABASE_URL may be a shared one): leave none behind.
  for (const role of made) await owner.query(`drop owned by ${role}; drop role ${role}`);
  await owner.end();
});

describe('the role that serves requests', () => {
  it('is created without superuser, BYPASSRLS, CREATEDB or CREATEROLE, and can be prepared again', async () => {
    const role = `ciclo_t_${randomUUID().slice(0, 8)}`;
    made.push(role);
    await ensureAppRole(owner, role, 'pw-one');
    await ensureAppRole(owner, role, 'pw-two');
    const { rows } = await owner.query('select rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolcanlogin from pg_roles where rolname = $1', [role]);
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreatedb: false, rolcreaterole: false, rolcanlogin: true });
  });

  it('is refused when it could bypass row-level security', async (context) => {
    if (!superuser) context.skip(); // only a superuser can make such a role
    const role = `ciclo_bypass_${randomUUID().slice(0, 8)}`;
    await owner.query(`create role ${role} login bypassrls`);
    made.push(role);
    await expect(grantAppRole(owner, role)).rejects.toThrow(/bypass row-level security/);
  });
});

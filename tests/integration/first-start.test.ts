import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ensureFirstAdmin } from '../../src/server/first-start.js';
import { readConfig } from '../../src/server/platform/config.js';
import { prepareDatabase } from '../../src/server/platform/db/database.js';
import { signIn, startHarness, type Harness } from '../support/harness.js';

// First start needs an empty installation, so this test uses a database of its own on the same server.
const databaseName = `ciclo_first_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let h: Harness;
let ownerUrl: string;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: inject('ownerUrl') });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  await admin.end();
  const url = new URL(inject('ownerUrl'));
  url.pathname = `/${databaseName}`;
  ownerUrl = url.toString();
  const appUrl = await prepareDatabase(ownerUrl, { appRole: 'ciclo_app', appDatabaseUrl: undefined });
  h = await startHarness({ appUrl, ownerUrl });
});
afterAll(() => h.close());

describe('first start', () => {
  it('creates the organisation and admin from the environment once, and never again', async () => {
    const config = readConfig({ CICLO_ADMIN_EMAIL: 'Boss@Example.com', CICLO_ADMIN_PASSWORD: 'first-start-password', CICLO_ORG_NAME: 'Aceros del Norte' });
    const printed: string[] = [];
    await ensureFirstAdmin(h.db, ownerUrl, config, (m) => printed.push(m));
    await ensureFirstAdmin(h.db, ownerUrl, config, (m) => printed.push(m));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Aceros del Norte');
    expect(printed[0]).not.toContain('first-start-password');
    const session = await signIn(h.app, 'boss@example.com', 'first-start-password');
    const { rows } = await h.owner.query('select name from organizations where id = $1', [session.orgId]);
    expect(rows).toEqual([{ name: 'Aceros del Norte' }]);
    const audit = await h.owner.query(`select entity_type, count(*)::int as n from audit_events where org_id = $1 and action = 'create' group by 1 order by 1`, [session.orgId]);
    expect(audit.rows).toEqual([
      { entity_type: 'lost-reasons', n: 6 },
      { entity_type: 'organization', n: 1 },
      { entity_type: 'pipelines', n: 1 },
      { entity_type: 'price-lists', n: 1 },
      { entity_type: 'tax-rates', n: 1 },
      { entity_type: 'users', n: 1 },
    ]);
  });
});

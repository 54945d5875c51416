import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from './platform/config.js';
import type { Db } from './platform/db/database.js';
import { createOrganizationWithDefaults } from './organizations.js';

/**
 * When no user exists, creates the organisation and its admin from CICLO_ADMIN_EMAIL and
 * CICLO_ADMIN_PASSWORD (and CICLO_ORG_NAME), or prints a one-time password (API.md, "First start").
 */
export async function ensureFirstAdmin(db: Db, ownerUrl: string, config: Config, print: (message: string) => void): Promise<void> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    // The owner sees every organisation; the app role would see none outside a tenant.
    const { rows } = await owner.query<{ n: number }>('select count(*)::int as n from users');
    if (rows[0]!.n > 0) return;
  } finally {
    await owner.end();
  }
  const email = config.firstAdmin.email ?? 'admin@localhost';
  const generated = !config.firstAdmin.password;
  const password = config.firstAdmin.password ?? randomBytes(12).toString('base64url');
  await createOrganizationWithDefaults(db, { name: config.firstAdmin.orgName, admin: { email, name: 'Administrator', password } });
  print(
    generated
      ? `First start: created the organisation "${config.firstAdmin.orgName}" and its admin.\n  Sign in as ${email} with the one-time password ${password}\n  and change it under Admin → Users.`
      : `First start: created the organisation "${config.firstAdmin.orgName}" and the admin ${email}.`,
  );
}

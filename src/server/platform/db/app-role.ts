import { createHmac } from 'node:crypto';
import type pg from 'pg';

const authFunctions = ['ciclo_auth_user_by_email(text)', 'ciclo_auth_session(text)', 'ciclo_auth_api_key(text)', 'ciclo_calendar_feed(text)'];
// Draft quotes replace their lines and charges when edited (the audit row keeps what they were).
const deletableTables = ['sessions', 'rate_limit_hits', 'quote_lines', 'quote_charges'];

/**
 * The app serves requests as a login role that is neither superuser nor table owner and cannot
 * bypass row-level security. Its password is derived from the owner's credentials, so every app
 * process started with the same DATABASE_URL agrees on it without storing anything.
 */
export function appRolePassword(ownerUrl: string, role: string): string {
  const u = new URL(ownerUrl);
  return createHmac('sha256', `${u.username}:${decodeURIComponent(u.password)}@${u.hostname}:${u.port}`)
    .update(`ciclo-app-role:${role}`)
    .digest('base64url');
}

export function appRoleUrl(ownerUrl: string, role: string): string {
  const u = new URL(ownerUrl);
  u.username = role;
  u.password = appRolePassword(ownerUrl, role);
  return u.toString();
}

export async function ensureAppRole(owner: pg.ClientBase, role: string, password: string): Promise<void> {
  const id = owner.escapeIdentifier(role);
  const exists = await owner.query('select 1 from pg_roles where rolname = $1', [role]);
  const login = `LOGIN PASSWORD ${owner.escapeLiteral(password)}`;
  // Only a superuser may name NOSUPERUSER/NOBYPASSRLS in ALTER ROLE, so an existing role is checked instead.
  await owner.query(exists.rowCount ? `ALTER ROLE ${id} ${login}` : `CREATE ROLE ${id} ${login} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`);
  await grantAppRole(owner, role);
}

export async function grantAppRole(owner: pg.ClientBase, role: string): Promise<void> {
  await assertCannotBypassTenancy(owner, role);
  const id = owner.escapeIdentifier(role);
  const { rows } = await owner.query<{ db: string }>('select current_database() as db');
  await owner.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${owner.escapeIdentifier(rows[0]!.db)} TO ${id}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${id}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${id}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${id}`);
  await owner.query(`GRANT DELETE ON ${deletableTables.join(', ')} TO ${id}`);
  // The audit trail is written, never rewritten.
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${id}`);
  await owner.query(`GRANT EXECUTE ON FUNCTION ${authFunctions.join(', ')} TO ${id}`);
}

/** Row-level security is the tenant boundary: refuse to serve requests as a role that escapes it. */
async function assertCannotBypassTenancy(owner: pg.ClientBase, role: string): Promise<void> {
  const { rows } = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean; owns: boolean }>(
    `select r.rolsuper, r.rolbypassrls, exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = r.rolname) as owns
     from pg_roles r where r.rolname = $1`,
    [role],
  );
  const found = rows[0];
  if (!found) throw new Error(`The app role ${role} does not exist.`);
  if (found.rolsuper || found.rolbypassrls || found.owns) {
    throw new Error(`The app role ${role} is superuser, may bypass row-level security or owns tables: Ciclo will not serve requests with it.`);
  }
}

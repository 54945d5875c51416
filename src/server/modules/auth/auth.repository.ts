import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Role } from '../../../contracts/common.js';
import type { Tx } from '../../platform/db/tenant.js';
import { apiKeys, sessions } from './auth.schema.js';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

// Sign-in lookups cross organisations, so they go through the SECURITY DEFINER functions of
// migration 0001 on the plain pool; everything else runs in a tenant transaction.
export async function lookUpCredentials(pool: pg.Pool, email: string) {
  const { rows } = await pool.query<{ user_id: string; org_id: string; password_hash: string }>('select * from ciclo_auth_user_by_email($1)', [email]);
  return rows[0];
}

export type ResolvedSession = { session_id: string; org_id: string; user_id: string; role: Role; team_id: string | null; csrf_token: string; expires_at: Date; last_seen_at: Date };
export async function lookUpSession(pool: pg.Pool, tokenHash: string): Promise<ResolvedSession | undefined> {
  const { rows } = await pool.query<ResolvedSession>('select * from ciclo_auth_session($1)', [tokenHash]);
  return rows[0];
}

export type ResolvedApiKey = { api_key_id: string; org_id: string; user_id: string; role: Role; team_id: string | null; last_used_at: Date | null };
export async function lookUpApiKey(pool: pg.Pool, keyHash: string): Promise<ResolvedApiKey | undefined> {
  const { rows } = await pool.query<ResolvedApiKey>('select * from ciclo_auth_api_key($1)', [keyHash]);
  return rows[0];
}

export async function insertSession(tx: Tx, values: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await tx.insert(sessions).values(values).returning();
  return row!;
}

export async function deleteExpiredSessions(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
}

export async function deleteSession(tx: Tx, id: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, id));
}

export async function touchSession(tx: Tx, id: string): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
}

export async function touchApiKey(tx: Tx, id: string): Promise<void> {
  await tx.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(apiKeys.id, id));
}

export async function listApiKeys(tx: Tx): Promise<ApiKeyRow[]> {
  return tx.select().from(apiKeys).orderBy(desc(apiKeys.createdAt)).limit(500);
}

export async function findApiKey(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<ApiKeyRow | undefined> {
  const query = tx.select().from(apiKeys).where(eq(apiKeys.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertApiKey(tx: Tx, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await tx.insert(apiKeys).values(values).returning();
  return row!;
}

export async function revokeApiKeyRow(tx: Tx, id: string, at: Date): Promise<ApiKeyRow> {
  const [row] = await tx.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning();
  return row!;
}

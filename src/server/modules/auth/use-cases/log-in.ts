import type { LoginBody } from '../../../../contracts/auth.js';
import type pg from 'pg';
import type { Clock } from '../../../kernel/clock.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Db } from '../../../platform/db/database.js';
import { withTenant } from '../../../platform/db/tenant.js';
import { decoyHash, verifyPassword } from '../../../platform/security/passwords.js';
import { newSecret, sha256 } from '../../../platform/security/tokens.js';
import { getProfile } from '../../directory/index.js';
import { deleteExpiredSessions, insertSession, lookUpCredentials } from '../auth.repository.js';

export const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

export type LoginDeps = { db: Db; pool: pg.Pool; clock: Clock };
export type LoginMeta = { ip: string; userAgent: string | undefined; requestId: string };

/** Checks the password (argon2id) and opens a server-side session; answers the cookie token once. */
export async function logIn(deps: LoginDeps, input: LoginBody, meta: LoginMeta) {
  const found = await lookUpCredentials(deps.pool, input.email);
  const passwordOk = await verifyPassword(found?.password_hash ?? (await decoyHash()), input.password);
  if (!found || !passwordOk) throw new AppError('unauthenticated', 'Wrong e-mail or password.');
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(deps.clock.now().getTime() + sessionLifetimeMs);
  const profile = await withTenant(deps.db, found.org_id, found.user_id, async (tx) => {
    await deleteExpiredSessions(tx, found.user_id, deps.clock.now());
    const session = await insertSession(tx, {
      orgId: found.org_id,
      userId: found.user_id,
      tokenHash: sha256(token),
      csrfToken,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, { orgId: found.org_id, userId: found.user_id, apiKeyId: null, requestId: meta.requestId }, {
      entityType: 'users',
      entityId: found.user_id,
      action: 'login',
      changes: { session: { before: null, after: session.id } },
    });
    return getProfile(tx, { orgId: found.org_id, userId: found.user_id });
  });
  return { token, csrfToken, expiresAt, user: profile.user };
}

import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { Clock } from '../../../kernel/clock.js';
import { AppError } from '../../../kernel/errors.js';
import { actorOf, type Actor } from '../../../platform/access/actor.js';
import type { Db } from '../../../platform/db/database.js';
import { withTenant } from '../../../platform/db/tenant.js';
import { sameSecret, sha256 } from '../../../platform/security/tokens.js';
import { lookUpApiKey, lookUpSession, touchApiKey, touchSession } from '../auth.repository.js';

export const sessionCookie = 'ciclo_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
// last_seen_at / last_used_at are written at most this often, not on every request.
const touchEveryMs = 5 * 60 * 1000;

/** Resolves the caller from `Authorization: Bearer <key>` or the session cookie (with its CSRF check). */
export function authenticator(deps: { db: Db; pool: pg.Pool; clock: Clock }) {
  return async function authenticate(request: FastifyRequest): Promise<Actor | null> {
    const now = deps.clock.now();
    const authorization = request.headers.authorization;
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) return null;
      const key = await lookUpApiKey(deps.pool, sha256(match[1]!));
      if (!key) return null;
      if (!key.last_used_at || now.getTime() - key.last_used_at.getTime() > touchEveryMs) {
        await withTenant(deps.db, key.org_id, key.user_id, (tx) => touchApiKey(tx, key.api_key_id));
      }
      return actorOf({ orgId: key.org_id, userId: key.user_id, role: key.role, teamId: key.team_id }, { apiKeyId: key.api_key_id });
    }
    const token = request.cookies[sessionCookie];
    if (!token) return null;
    const session = await lookUpSession(deps.pool, sha256(token));
    if (!session || session.expires_at.getTime() <= now.getTime()) return null;
    if (!safeMethods.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrf_token)) {
        throw new AppError('forbidden', 'Missing or wrong x-csrf-token header (take it from /api/v1/me).');
      }
    }
    if (now.getTime() - session.last_seen_at.getTime() > touchEveryMs) {
      await withTenant(deps.db, session.org_id, session.user_id, (tx) => touchSession(tx, session.session_id));
    }
    return actorOf(
      { orgId: session.org_id, userId: session.user_id, role: session.role, teamId: session.team_id },
      { sessionId: session.session_id, csrfToken: session.csrf_token },
    );
  };
}

import type { Role } from '../../../contracts/common.js';
import { permissionsOf, type Permission } from './permissions.js';

/** Who is acting: the signed-in user (by session or API key) and what they may do. */
export type Actor = {
  orgId: string;
  userId: string;
  role: Role;
  teamId: string | null;
  apiKeyId: string | null;
  sessionId: string | null;
  /** The session's CSRF token (cookie sessions only), for /me to hand back to the web app. */
  csrfToken: string | null;
  permissions: ReadonlySet<Permission>;
  requestId: string | null;
};

/** An actor with its role's permissions; how it signed in (session or API key) is optional. */
export function actorOf(
  who: { orgId: string; userId: string; role: Role; teamId?: string | null },
  via: { apiKeyId?: string | null; sessionId?: string | null; csrfToken?: string | null; requestId?: string | null } = {},
): Actor {
  return {
    orgId: who.orgId,
    userId: who.userId,
    role: who.role,
    teamId: who.teamId ?? null,
    apiKeyId: via.apiKeyId ?? null,
    sessionId: via.sessionId ?? null,
    csrfToken: via.csrfToken ?? null,
    permissions: permissionsOf(who.role),
    requestId: via.requestId ?? null,
  };
}

import type { Role } from '../../../contracts/common.js';
import type { Permission } from './permissions.js';

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

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

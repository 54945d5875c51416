import { notFound } from '../../../kernel/errors.js';
import type { Tx } from '../../../platform/db/tenant.js';
import { findOrganization } from '../organizations.repository.js';
import { findTeam } from '../teams.repository.js';
import { findUser } from '../users.repository.js';

/** The signed-in user with their organisation and team, for /me. */
export async function getProfile(tx: Tx, who: { orgId: string; userId: string }) {
  const user = await findUser(tx, who.userId);
  const org = await findOrganization(tx, who.orgId);
  if (!user || !org) throw notFound('User');
  const team = user.teamId ? await findTeam(tx, user.teamId) : undefined;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, teamId: user.teamId },
    organization: { id: org.id, name: org.name, baseCurrency: org.baseCurrency },
    team: team ? { id: team.id, name: team.name } : null,
  };
}

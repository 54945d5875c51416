import type { App } from '../../platform/http/server.js';
import { organizationRoutes } from './organization.routes.js';
import { teamsRoutes } from './teams.routes.js';
import { territoriesRoutes } from './territories.routes.js';
import { usersRoutes } from './users.routes.js';

export { createOrganization, type NewOrganization } from './use-cases/create-organization.js';
export { createTeam } from './use-cases/create-team.js';
export { createTerritory } from './use-cases/create-territory.js';
export { createUser } from './use-cases/create-user.js';
export { updateTeam } from './use-cases/update-team.js';
export { updateOrganization } from './use-cases/update-organization.js';
export { getProfile } from './use-cases/get-profile.js';
export { assertAssignableOwner } from './use-cases/assert-assignable-owner.js';
export { isActiveTerritory, isActiveUser, organizationBaseCurrency, organizationDefaultLocale, organizationLetterhead } from './use-cases/references.js';
export { updateProfile } from './use-cases/update-profile.js';
export { territoryRep } from './use-cases/territory-rep.js';

export function directoryRoutes(app: App): void {
  organizationRoutes(app);
  usersRoutes(app);
  teamsRoutes(app);
  territoriesRoutes(app);
}

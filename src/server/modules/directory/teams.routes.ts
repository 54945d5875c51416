import { uuid } from '../../../contracts/common.js';
import { createTeamBody, team, updateTeamBody } from '../../../contracts/teams.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { teamDto } from './dto.js';
import { findTeam, listTeams } from './teams.repository.js';
import { archiveTeam } from './use-cases/archive-team.js';
import { createTeam } from './use-cases/create-team.js';
import { updateTeam } from './use-cases/update-team.js';

export function teamsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'teams',
    name: 'Team',
    access: { read: 'teams:read', write: 'teams:manage' },
    record: team,
    get: async ({ tx }, id) => {
      const row = await findTeam(tx, id);
      return row && teamDto(row);
    },
    list: {
      query: listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { managerId: uuid } }),
      summary: 'List teams',
      load: async ({ tx }, query) => {
        const page = await listTeams(tx, query);
        return { data: page.data.map(teamDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createTeamBody, summary: 'Create a team', run: createTeam },
    update: { body: updateTeamBody, summary: 'Change a team', run: updateTeam },
    archive: { summary: 'Archive a team without active members', run: archiveTeam },
  });
}

import { z } from 'zod';
import { idParams, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import { createTeamBody, team, updateTeamBody } from '../../../contracts/teams.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { teamDto } from './dto.js';
import { findTeam, listTeams } from './teams.repository.js';
import { archiveTeam } from './use-cases/archive-team.js';
import { createTeam } from './use-cases/create-team.js';
import { updateTeam } from './use-cases/update-team.js';

const tags = ['teams'];
const teamsQuery = listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { managerId: uuid } });
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

export function teamsRoutes(app: App): void {
  app.get('/api/v1/teams', {
    config: { access: 'teams:read' },
    schema: { tags, summary: 'List teams', querystring: teamsQuery, response: { 200: pageOf(team), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listTeams(tx, req.query);
      return { data: page.data.map(teamDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/teams', {
    config: { access: 'teams:manage' },
    schema: { tags, summary: 'Create a team', body: createTeamBody, response: { 201: team, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createTeam(ctx, req.body))),
  });

  app.get('/api/v1/teams/:id', {
    config: { access: 'teams:read' },
    schema: { tags, summary: 'Get a team', params: idParams, response: { 200: team, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx }) => {
      const row = await findTeam(tx, req.params.id);
      if (!row) throw notFound('Team');
      return withEtag(reply, teamDto(row));
    }),
  });

  app.patch('/api/v1/teams/:id', {
    config: { access: 'teams:manage' },
    schema: { tags, summary: 'Change a team (send If-Match with the version)', params: idParams, body: updateTeamBody, response: { 200: team, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateTeam(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/teams/:id', {
    config: { access: 'teams:manage' },
    schema: { tags, summary: 'Archive a team without active members', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveTeam(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'teams',
    entityType: 'teams',
    access: 'teams:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findTeam(tx, id))) throw notFound('Team');
    },
  });
}

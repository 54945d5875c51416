import { z } from 'zod';
import { idParams, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import { createTerritoryBody, territory, updateTerritoryBody } from '../../../contracts/territories.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { territoryDto } from './dto.js';
import { findTerritory, listTerritories } from './territories.repository.js';
import { archiveTerritory } from './use-cases/archive-territory.js';
import { createTerritory } from './use-cases/create-territory.js';
import { updateTerritory } from './use-cases/update-territory.js';

const tags = ['territories'];
const territoriesQuery = listQuery({ sort: ['name', 'code', 'createdAt', 'updatedAt'], defaultSort: 'code', filters: { repId: uuid } });
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

export function territoriesRoutes(app: App): void {
  app.get('/api/v1/territories', {
    config: { access: 'territories:read' },
    schema: { tags, summary: 'List territories (sales zones)', querystring: territoriesQuery, response: { 200: pageOf(territory), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listTerritories(tx, req.query);
      return { data: page.data.map(territoryDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/territories', {
    config: { access: 'territories:manage' },
    schema: { tags, summary: 'Create a territory', body: createTerritoryBody, response: { 201: territory, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createTerritory(ctx, req.body))),
  });

  app.get('/api/v1/territories/:id', {
    config: { access: 'territories:read' },
    schema: { tags, summary: 'Get a territory', params: idParams, response: { 200: territory, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx }) => {
      const row = await findTerritory(tx, req.params.id);
      if (!row) throw notFound('Territory');
      return withEtag(reply, territoryDto(row));
    }),
  });

  app.patch('/api/v1/territories/:id', {
    config: { access: 'territories:manage' },
    schema: { tags, summary: 'Change a territory (send If-Match with the version)', params: idParams, body: updateTerritoryBody, response: { 200: territory, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateTerritory(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/territories/:id', {
    config: { access: 'territories:manage' },
    schema: { tags, summary: 'Archive a territory', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveTerritory(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'territories',
    entityType: 'territories',
    access: 'territories:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findTerritory(tx, id))) throw notFound('Territory');
    },
  });
}

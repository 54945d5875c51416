import { z } from 'zod';
import { idParams, isoDate, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import {
  createOpportunityBody,
  forecastCategories,
  loseOpportunityBody,
  moveOpportunityBody,
  opportunity,
  opportunityStatuses,
  stageVisit,
  updateOpportunityBody,
} from '../../../contracts/opportunities.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { opportunityDto, stageVisitDto } from './dto.js';
import { findOpportunity, listOpportunities, listStageVisits } from './opportunities.repository.js';
import { archiveOpportunity } from './use-cases/archive-opportunity.js';
import { closeOpportunity } from './use-cases/close-opportunity.js';
import { createOpportunity } from './use-cases/create-opportunity.js';
import { moveOpportunity } from './use-cases/move-opportunity.js';
import { updateOpportunity } from './use-cases/update-opportunity.js';

const tags = ['opportunities'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const opportunitiesQuery = listQuery({
  sort: ['name', 'createdAt', 'updatedAt', 'amount', 'stageEnteredAt'],
  defaultSort: '-createdAt',
  filters: {
    pipelineId: uuid,
    stageId: uuid,
    status: z.enum(opportunityStatuses),
    ownerId: uuid,
    accountId: uuid,
    forecastCategory: z.enum(forecastCategories),
    closeFrom: isoDate,
    closeTo: isoDate,
  },
});

export function opportunitiesRoutes(app: App): void {
  app.get('/api/v1/opportunities', {
    config: { access: 'opportunities:read' },
    schema: { tags, summary: 'List the opportunities you may see', querystring: opportunitiesQuery, response: { 200: pageOf(opportunity), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx, actor, clock }) => {
      const page = await listOpportunities(tx, actor, req.query);
      const now = clock.now();
      return { data: page.data.map((r) => opportunityDto(r, now)), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/opportunities', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Create an opportunity (default pipeline, first stage unless given)', body: createOpportunityBody, response: { 201: opportunity, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createOpportunity(ctx, req.body))),
  });

  app.get('/api/v1/opportunities/:id', {
    config: { access: 'opportunities:read' },
    schema: { tags, summary: 'Get an opportunity', params: idParams, response: { 200: opportunity, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx, actor, clock }) => {
      const row = await findOpportunity(tx, actor, req.params.id);
      if (!row) throw notFound('Opportunity');
      return withEtag(reply, opportunityDto(row, clock.now()));
    }),
  });

  app.patch('/api/v1/opportunities/:id', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Change an open opportunity (If-Match)', params: idParams, body: updateOpportunityBody, response: { 200: opportunity, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateOpportunity(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/opportunities/:id', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Archive an opportunity', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveOpportunity(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/opportunities/:id/move', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Move an open opportunity to another stage of its pipeline', params: idParams, body: moveOpportunityBody, response: { 200: opportunity, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await moveOpportunity(ctx, req.params.id, req.body.stageId, version)));
    },
  });

  app.post('/api/v1/opportunities/:id/win', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Mark an open opportunity won (its account becomes a customer)', params: idParams, response: { 200: opportunity, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await closeOpportunity(ctx, req.params.id, { outcome: 'won' }, version)));
    },
  });

  app.post('/api/v1/opportunities/:id/lose', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Mark an open opportunity lost, with a reason', params: idParams, body: loseOpportunityBody, response: { 200: opportunity, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) =>
        withEtag(reply, await closeOpportunity(ctx, req.params.id, { outcome: 'lost', lostReasonId: req.body.lostReasonId, note: req.body.note }, version)),
      );
    },
  });

  app.get('/api/v1/opportunities/:id/stage-history', {
    config: { access: 'opportunities:read' },
    schema: { tags, summary: 'Every stay of the opportunity in a stage: entered and left, when and by whom', params: idParams, response: { 200: z.object({ data: z.array(stageVisit) }), 404: problemSchema } },
    handler: (req) => req.run(async ({ tx, actor }) => {
      if (!(await findOpportunity(tx, actor, req.params.id))) throw notFound('Opportunity');
      return { data: (await listStageVisits(tx, req.params.id)).map(stageVisitDto) };
    }),
  });

  timelineRoute(app, {
    resource: 'opportunities',
    entityType: 'opportunities',
    access: 'opportunities:read',
    assertVisible: async ({ tx, actor }, id) => {
      if (!(await findOpportunity(tx, actor, id))) throw notFound('Opportunity');
    },
  });
}

import { z } from 'zod';
import { idParams, isoDate, problemSchema, uuid } from '../../../contracts/common.js';
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
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { opportunityDto, stageVisitDto } from './dto.js';
import type { StagePlaybook } from './stage-playbook.js';
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

export function opportunitiesRoutes(app: App, deps: { playbook: StagePlaybook }): void {
  recordRoutes(app, {
    resource: 'opportunities',
    name: 'Opportunity',
    access: { read: 'opportunities:read', write: 'opportunities:write' },
    record: opportunity,
    get: async ({ tx, actor, clock }, id) => {
      const row = await findOpportunity(tx, actor, id);
      return row && opportunityDto(row, clock.now());
    },
    list: {
      query: opportunitiesQuery,
      summary: 'List the opportunities you may see',
      load: async ({ tx, actor, clock }, query) => {
        const page = await listOpportunities(tx, actor, query);
        const now = clock.now();
        return { data: page.data.map((r) => opportunityDto(r, now)), nextCursor: page.nextCursor };
      },
    },
    create: { body: createOpportunityBody, summary: 'Create an opportunity (default pipeline, first stage unless given) with the stage’s playbook tasks', run: (ctx, body) => createOpportunity(ctx, body, deps.playbook) },
    update: { body: updateOpportunityBody, summary: 'Change an open opportunity', run: updateOpportunity },
    archive: { summary: 'Archive an opportunity', run: archiveOpportunity },
  });

  app.post('/api/v1/opportunities/:id/move', {
    config: { access: 'opportunities:write' },
    schema: { tags, summary: 'Move an open opportunity to another stage of its pipeline (409 naming the required playbook steps not done); creates the new stage’s tasks', params: idParams, body: moveOpportunityBody, response: { 200: opportunity, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await moveOpportunity(ctx, req.params.id, req.body.stageId, version, deps.playbook)));
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
}

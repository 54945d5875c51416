import { z } from 'zod';
import { currencyCode, decimalString, idParams, problemSchema, uuid } from '../../../contracts/common.js';
import { createLostReasonBody, createPipelineBody, lostReason, pipeline, updatePipelineBody, type Pipeline } from '../../../contracts/opportunities.js';
import { notFound } from '../../kernel/errors.js';
import { formatAmount } from '../../kernel/money.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import type { Ctx } from '../../platform/context.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { lostReasonDto, pipelineDto, withPlaybook } from './dto.js';
import { pipelineSummary } from './opportunities.repository.js';
import { findPipeline, listLostReasons, listPipelines } from './pipelines.repository.js';
import type { StagePlaybook } from './stage-playbook.js';
import { archivePipeline } from './use-cases/archive-pipeline.js';
import { createPipeline } from './use-cases/create-pipeline.js';
import { archiveLostReason, createLostReason } from './use-cases/manage-lost-reasons.js';
import { updatePipeline } from './use-cases/update-pipeline.js';

const tags = ['pipelines'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const archivedQuery = z.object({ archived: z.enum(['exclude', 'include']).default('exclude') }).strict();

const stageSummary = z.object({
  stageId: uuid,
  count: z.number().int(),
  totals: z.array(z.object({ currency: currencyCode, amount: decimalString, weighted: decimalString })),
});

export function pipelinesRoutes(app: App, deps: { playbook: StagePlaybook }): void {
  const withSteps = async (ctx: Pick<Ctx, 'tx'>, pipelines: Pipeline[]) => {
    const steps = await deps.playbook.stepsOf(ctx, pipelines.flatMap((p) => p.stages.map((s) => s.id)));
    return pipelines.map((p) => withPlaybook(p, steps));
  };
  const oneWithSteps = async (ctx: Pick<Ctx, 'tx'>, p: Pipeline) => (await withSteps(ctx, [p]))[0]!;

  app.get('/api/v1/pipelines', {
    config: { access: 'opportunities:read' },
    schema: { tags, summary: 'List pipelines with their ordered stages (the default first)', querystring: archivedQuery, response: { 200: z.object({ data: z.array(pipeline), nextCursor: z.null() }) } },
    handler: (req) => req.run(async (ctx) => ({ data: await withSteps(ctx, (await listPipelines(ctx.tx, req.query.archived === 'include')).map(pipelineDto)), nextCursor: null })),
  });

  app.post('/api/v1/pipelines', {
    config: { access: 'pipelines:manage' },
    schema: { tags, summary: 'Create a pipeline with its stages', body: createPipelineBody, response: { 201: pipeline, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run(async (ctx) => oneWithSteps(ctx, await createPipeline(ctx, req.body)))),
  });

  app.get('/api/v1/pipelines/:id', {
    config: { access: 'opportunities:read' },
    schema: { tags, summary: 'Get a pipeline with its stages and their playbook', params: idParams, response: { 200: pipeline, 404: problemSchema } },
    handler: (req, reply) => req.run(async (ctx) => {
      const row = await findPipeline(ctx.tx, req.params.id);
      if (!row) throw notFound('Pipeline');
      return withEtag(reply, await oneWithSteps(ctx, pipelineDto(row)));
    }),
  });

  app.patch('/api/v1/pipelines/:id', {
    config: { access: 'pipelines:manage' },
    schema: { tags, summary: 'Rename, reorder, add or remove stages, or make default (If-Match)', params: idParams, body: updatePipelineBody, response: { 200: pipeline, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await oneWithSteps(ctx, await updatePipeline(ctx, req.params.id, req.body, version))));
    },
  });

  app.delete('/api/v1/pipelines/:id', {
    config: { access: 'pipelines:manage' },
    schema: { tags, summary: 'Archive a pipeline without deals (not the default)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archivePipeline(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/pipelines/:id/summary', {
    config: { access: 'opportunities:read' },
    schema: {
      tags,
      summary: 'Open deals per stage: count, total and weighted amount per currency (what the caller sees, optionally one owner’s)',
      params: idParams,
      querystring: z.object({ 'filter[ownerId]': uuid.optional() }).strict(),
      response: { 200: z.object({ stages: z.array(stageSummary) }), 400: problemSchema, 404: problemSchema },
    },
    handler: (req) => req.run(async ({ tx, actor }) => {
      const found = await findPipeline(tx, req.params.id);
      if (!found) throw notFound('Pipeline');
      const rows = await pipelineSummary(tx, actor, found.id, req.query['filter[ownerId]']);
      return {
        stages: found.stages.map((s) => {
          const mine = rows.filter((r) => r.stageId === s.id);
          return {
            stageId: s.id,
            count: mine.reduce((n, r) => n + r.count, 0),
            totals: mine.map((r) => ({ currency: r.currency, amount: formatAmount(r.amount, r.currency), weighted: formatAmount(r.weighted, r.currency) })),
          };
        }),
      };
    }),
  });

  timelineRoute(app, {
    resource: 'pipelines',
    entityType: 'pipelines',
    access: 'opportunities:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findPipeline(tx, id))) throw notFound('Pipeline');
    },
  });

  app.get('/api/v1/lost-reasons', {
    config: { access: 'opportunities:read' },
    schema: { tags: ['lost-reasons'], summary: 'The reasons a deal can be lost for', querystring: archivedQuery, response: { 200: z.object({ data: z.array(lostReason), nextCursor: z.null() }) } },
    handler: (req) => req.run(async ({ tx }) => ({ data: (await listLostReasons(tx, req.query.archived === 'include')).map(lostReasonDto), nextCursor: null })),
  });

  app.post('/api/v1/lost-reasons', {
    config: { access: 'pipelines:manage' },
    schema: { tags: ['lost-reasons'], summary: 'Add a lost reason', body: createLostReasonBody, response: { 201: lostReason, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createLostReason(ctx, req.body))),
  });

  app.delete('/api/v1/lost-reasons/:id', {
    config: { access: 'pipelines:manage' },
    schema: { tags: ['lost-reasons'], summary: 'Archive a lost reason (deals keep it)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveLostReason(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });
}

import { z } from 'zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import { opportunityGuidance as guidance, playbookStep, savePlaybookBody } from '../../../contracts/opportunities.js';
import type { App } from '../../platform/http/server.js';
import { opportunityGuidance } from './use-cases/opportunity-guidance.js';
import { savePlaybook } from './use-cases/save-playbook.js';

const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** The sales process's playbook: steps per pipeline stage (shown in GET /pipelines/:id) and a deal's guidance. */
export function playbookRoutes(app: App): void {
  app.put('/api/v1/pipelines/:id/playbook', {
    config: { access: 'pipelines:manage' },
    schema: {
      tags: ['pipelines'],
      summary: 'Set the playbook of some stages: their steps (task types) in order, each required or not; stages left out keep theirs',
      params: idParams,
      body: savePlaybookBody,
      response: { 200: z.object({ data: z.array(playbookStep) }), ...errors },
    },
    handler: (req) => req.run(async (ctx) => ({ data: await savePlaybook(ctx, req.params.id, req.body) })),
  });

  app.get('/api/v1/opportunities/:id/playbook', {
    config: { access: 'opportunities:read' },
    schema: { tags: ['opportunities'], summary: 'The playbook steps of the deal’s current stage, with its task for each and whether it is done', params: idParams, response: { 200: guidance, 404: problemSchema } },
    handler: (req) => req.run((ctx) => opportunityGuidance(ctx, req.params.id)),
  });
}

import { z } from 'zod';
import { idParams, problemSchema, uuid } from '../../../contracts/common.js';
import {
  convertLeadBody,
  convertLeadResult,
  createLeadBody,
  disqualifyLeadBody,
  duplicateRef,
  lead,
  leadSources,
  leadStatuses,
  updateLeadBody,
} from '../../../contracts/leads.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { leadDto } from './dto.js';
import { findLead, listLeads } from './leads.repository.js';
import { archiveLead } from './use-cases/archive-lead.js';
import { changeLeadStatus } from './use-cases/change-lead-status.js';
import { convertLead } from './use-cases/convert-lead.js';
import { createLead } from './use-cases/create-lead.js';
import { findDuplicates } from './use-cases/find-duplicates.js';
import { updateLead } from './use-cases/update-lead.js';

const tags = ['leads'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const leadsQuery = listQuery({
  sort: ['createdAt', 'updatedAt', 'lastName', 'company'],
  defaultSort: '-createdAt',
  filters: {
    status: z.enum(leadStatuses),
    source: z.enum(leadSources),
    ownerId: uuid,
    converted: z.enum(['true', 'false']).transform((v) => v === 'true'),
  },
});
const duplicatesQuery = z.object({ email: z.string().max(320).optional(), company: z.string().max(200).optional() }).strict();

export function leadsRoutes(app: App): void {
  app.get('/api/v1/leads/duplicates', {
    config: { access: 'leads:read' },
    schema: { tags, summary: 'Leads, accounts and contacts with this e-mail or company (checked before create)', querystring: duplicatesQuery, response: { 200: z.object({ data: z.array(duplicateRef) }) } },
    handler: (req) => req.run(async (ctx) => ({ data: await findDuplicates(ctx, req.query) })),
  });

  recordRoutes(app, {
    resource: 'leads',
    name: 'Lead',
    access: { read: 'leads:read', write: 'leads:write' },
    record: lead,
    get: async ({ tx, actor }, id) => {
      const row = await findLead(tx, actor, id);
      return row && leadDto(row);
    },
    list: {
      query: leadsQuery,
      summary: 'List the leads you may see',
      load: async ({ tx, actor }, query) => {
        const page = await listLeads(tx, actor, query);
        return { data: page.data.map(leadDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createLeadBody, summary: 'Create a lead; 409 naming possible duplicates unless "force": true', run: createLead },
    update: { body: updateLeadBody, summary: 'Change a lead; status changes through the actions', run: updateLead },
    archive: { summary: 'Archive a lead', run: archiveLead },
  });

  for (const action of ['start', 'qualify'] as const) {
    app.post(`/api/v1/leads/:id/${action}`, {
      config: { access: 'leads:write' },
      schema: { tags, summary: action === 'start' ? 'Start working a new lead' : 'Mark a lead qualified', params: idParams, response: { 200: lead, ...errors } },
      handler: (req, reply) => {
        const version = expectedVersion(req);
        return req.run(async (ctx) => withEtag(reply, await changeLeadStatus(ctx, req.params.id, { action }, version)));
      },
    });
  }

  app.post('/api/v1/leads/:id/disqualify', {
    config: { access: 'leads:write' },
    schema: { tags, summary: 'Disqualify a lead, with the reason', params: idParams, body: disqualifyLeadBody, response: { 200: lead, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await changeLeadStatus(ctx, req.params.id, { action: 'disqualify', reason: req.body.reason }, version)));
    },
  });

  app.post('/api/v1/leads/:id/convert', {
    config: { access: 'leads:write' },
    schema: {
      tags,
      summary: 'Convert a lead into an account (or link an existing one), a contact and optionally an opportunity',
      params: idParams,
      body: convertLeadBody,
      response: { 201: convertLeadResult, ...errors },
    },
    handler: async (req, reply) => {
      const version = expectedVersion(req);
      return reply.status(201).send(await req.run((ctx) => convertLead(ctx, req.params.id, req.body, version)));
    },
  });
}

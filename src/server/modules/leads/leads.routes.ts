import { z } from 'zod';
import { idParams, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
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
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
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
  app.get('/api/v1/leads', {
    config: { access: 'leads:read' },
    schema: { tags, summary: 'List the leads you may see', querystring: leadsQuery, response: { 200: pageOf(lead), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx, actor }) => {
      const page = await listLeads(tx, actor, req.query);
      return { data: page.data.map(leadDto), nextCursor: page.nextCursor };
    }),
  });

  app.get('/api/v1/leads/duplicates', {
    config: { access: 'leads:read' },
    schema: { tags, summary: 'Leads, accounts and contacts with this e-mail or company (checked before create)', querystring: duplicatesQuery, response: { 200: z.object({ data: z.array(duplicateRef) }) } },
    handler: (req) => req.run(async (ctx) => ({ data: await findDuplicates(ctx, req.query) })),
  });

  app.post('/api/v1/leads', {
    config: { access: 'leads:write' },
    schema: { tags, summary: 'Create a lead; 409 naming possible duplicates unless "force": true', body: createLeadBody, response: { 201: lead, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createLead(ctx, req.body))),
  });

  app.get('/api/v1/leads/:id', {
    config: { access: 'leads:read' },
    schema: { tags, summary: 'Get a lead', params: idParams, response: { 200: lead, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx, actor }) => {
      const row = await findLead(tx, actor, req.params.id);
      if (!row) throw notFound('Lead');
      return withEtag(reply, leadDto(row));
    }),
  });

  app.patch('/api/v1/leads/:id', {
    config: { access: 'leads:write' },
    schema: { tags, summary: 'Change a lead (If-Match); status changes through the actions', params: idParams, body: updateLeadBody, response: { 200: lead, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateLead(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/leads/:id', {
    config: { access: 'leads:write' },
    schema: { tags, summary: 'Archive a lead', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveLead(ctx, req.params.id));
      return reply.status(204).send(null);
    },
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

  timelineRoute(app, {
    resource: 'leads',
    entityType: 'leads',
    access: 'leads:read',
    assertVisible: async ({ tx, actor }, id) => {
      if (!(await findLead(tx, actor, id))) throw notFound('Lead');
    },
  });
}

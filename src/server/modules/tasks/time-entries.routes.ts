import { z } from 'zod';
import { idParams, isoDate, problemSchema, uuid } from '../../../contracts/common.js';
import { createTimeEntryBody, timeEntry, timeEntryPage, updateTimeEntryBody } from '../../../contracts/time-entries.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { timeEntryDto } from './dto.js';
import { findTimeEntry, listTimeEntries } from './time-entries.repository.js';
import { archiveTimeEntry } from './use-cases/archive-time-entry.js';
import { createTimeEntry } from './use-cases/create-time-entry.js';
import { updateTimeEntry } from './use-cases/update-time-entry.js';

const tags = ['time-entries'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const timeEntriesQuery = listQuery({
  sort: ['date', 'createdAt', 'minutes'],
  defaultSort: '-date',
  filters: { accountId: uuid, userId: uuid, projectId: uuid, taskId: uuid, from: isoDate, to: isoDate },
});

// Not recordRoutes: a diary answers its totals beside the page.
export function timeEntriesRoutes(app: App): void {
  const url = '/api/v1/time-entries';

  app.get(url, {
    config: { access: 'tasks:read' },
    schema: {
      tags,
      summary: 'A diary: time entries by account, person, project or task and period, with totals over the whole filter',
      querystring: timeEntriesQuery,
      response: { 200: timeEntryPage, 400: problemSchema },
    },
    handler: (req) =>
      req.run(async ({ tx, actor }) => {
        const page = await listTimeEntries(tx, actor, req.query);
        return { data: page.data.map(timeEntryDto), nextCursor: page.nextCursor, totals: page.totals };
      }),
  });

  app.post(url, {
    config: { access: 'tasks:write' },
    schema: { tags, summary: 'Record time spent on a task (yours; a manager or an admin may record someone else’s)', body: createTimeEntryBody, response: { 201: timeEntry, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createTimeEntry(ctx, req.body))),
  });

  app.get(`${url}/:id`, {
    config: { access: 'tasks:read' },
    schema: { tags, summary: 'Get one of the time entries', params: idParams, response: { 200: timeEntry, 404: problemSchema } },
    handler: (req, reply) =>
      req.run(async ({ tx, actor }) => {
        const row = await findTimeEntry(tx, actor, req.params.id);
        if (!row) throw notFound('Time entry');
        return withEtag(reply, timeEntryDto(row));
      }),
  });

  app.patch(`${url}/:id`, {
    config: { access: 'tasks:write' },
    schema: { tags, summary: 'Change one of your time entries (send If-Match with the version)', params: idParams, body: updateTimeEntryBody, response: { 200: timeEntry, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateTimeEntry(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete(`${url}/:id`, {
    config: { access: 'tasks:write' },
    schema: { tags, summary: 'Archive one of your time entries (it leaves diaries and totals)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveTimeEntry(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'time-entries',
    entityType: 'time-entries',
    access: 'tasks:read',
    assertVisible: async ({ tx, actor }, id) => {
      if (!(await findTimeEntry(tx, actor, id))) throw notFound('Time entry');
    },
  });
}

import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { z } from 'zod';
import { calendarFeed, calendarFeedStatus as feedStatus } from '../../../contracts/task-views.js';
import { notFound } from '../../kernel/errors.js';
import { actorOf } from '../../platform/access/actor.js';
import type { App } from '../../platform/http/server.js';
import { sha256 } from '../../platform/security/tokens.js';
import { lookUpFeed } from './calendar-feeds.repository.js';
import { calendarFeedStatus, issueCalendarFeed, revokeCalendarFeed } from './use-cases/calendar-feed.js';
import { taskCalendar } from './use-cases/task-calendar.js';

const tags = ['tasks'];
/** Where the caller reached Ciclo (behind a proxy too, when CICLO_TRUST_PROXY is set): links in the feed point there. */
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/** Each user's secret iCalendar URL, which a calendar client subscribes to without signing in. */
export function calendarRoutes(app: App, deps: { pool: pg.Pool }): void {
  const mine = '/api/v1/me/calendar-feed';

  app.get(mine, {
    config: { access: 'tasks:read' },
    schema: { tags, summary: 'Whether you have a calendar feed (its URL is only shown when created)', response: { 200: feedStatus } },
    handler: (req) => req.run(calendarFeedStatus),
  });

  app.post(mine, {
    config: { access: 'tasks:read' },
    schema: { tags, summary: 'Create your secret calendar URL, or replace it (the old URL stops working); shown only in this answer', response: { 201: calendarFeed } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => issueCalendarFeed(ctx, originOf(req)))),
  });

  app.delete(mine, {
    config: { access: 'tasks:read' },
    schema: { tags, summary: 'Stop your calendar feed', response: { 204: z.null() } },
    handler: async (req, reply) => {
      await req.run(revokeCalendarFeed);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/calendar/:token.ics', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Your open tasks with a due or next-action date as iCalendar events (the secret URL is the credential)',
      security: [],
      params: z.object({ token: z.string().max(200) }),
      produces: ['text/calendar'],
    },
    handler: async (req, reply) => {
      const owner = await lookUpFeed(deps.pool, sha256(req.params.token));
      if (!owner) throw notFound('Calendar feed');
      req.actor = actorOf({ orgId: owner.org_id, userId: owner.user_id, role: owner.role, teamId: owner.team_id }, { requestId: req.id });
      const ics = await req.run((ctx) => taskCalendar(ctx, originOf(req)));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="ciclo-tasks.ics"')
        .header('cache-control', 'private, no-store')
        .send(ics);
    },
  });
}

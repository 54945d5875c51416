import { z } from 'zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import { notification, notificationPage, unreadCount } from '../../../contracts/notifications.js';
import { notFound } from '../../kernel/errors.js';
import type { Ctx } from '../../platform/context.js';
import type { App } from '../../platform/http/server.js';
import { notificationDto } from './dto.js';
import { countUnread, markAllRead, markRead } from './notifications.repository.js';
import { listNotifications } from './use-cases/list-notifications.js';

/** Notifications that are not written by an event but come due with time (e.g. next-action dates reached), written before the caller reads. */
export type DueNotifications = (ctx: Ctx) => Promise<void>;

const tags = ['notifications'];
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(1000).optional() }).strict();

/** A user only ever sees and marks their own notifications. */
export function notificationsRoutes(app: App, deps: { due: DueNotifications }): void {
  const url = '/api/v1/notifications';

  app.get(url, {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Your notifications, unread first, newest first', querystring: listQuery, response: { 200: notificationPage, 400: problemSchema } },
    handler: (req) =>
      req.run(async (ctx) => {
        await deps.due(ctx);
        return listNotifications(ctx, req.query);
      }),
  });

  app.get(`${url}/unread-count`, {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'How many of your notifications are unread', response: { 200: unreadCount } },
    handler: (req) =>
      req.run(async (ctx) => {
        await deps.due(ctx);
        return { unread: await countUnread(ctx.tx, ctx.actor.userId) };
      }),
  });

  app.post(`${url}/:id/read`, {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Mark one of your notifications read', params: idParams, response: { 200: notification, 404: problemSchema } },
    handler: (req) =>
      req.run(async (ctx) => {
        const row = await markRead(ctx.tx, ctx.actor.userId, req.params.id, ctx.clock.now());
        if (!row) throw notFound('Notification');
        return notificationDto(row);
      }),
  });

  app.post(`${url}/read-all`, {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Mark all your notifications read', response: { 200: z.object({ marked: z.number().int() }) } },
    handler: (req) => req.run(async (ctx) => ({ marked: await markAllRead(ctx.tx, ctx.actor.userId, ctx.clock.now()) })),
  });
}

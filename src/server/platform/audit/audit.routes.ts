import { z } from 'zod';
import { auditEvent } from '../../../contracts/audit.js';
import { idParams, isoDateTime, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import type { Permission } from '../access/permissions.js';
import type { Ctx } from '../context.js';
import { listQuery } from '../http/collection.js';
import type { App } from '../http/server.js';
import { listAuditEvents } from './audit.repository.js';

const auditQuery = listQuery({
  sort: ['occurredAt'],
  defaultSort: '-occurredAt',
  filters: {
    entityType: z.string().max(50),
    entityId: uuid,
    action: z.string().max(50),
    actorUserId: uuid,
    from: isoDateTime,
    to: isoDateTime,
  },
});

const timelineQuery = listQuery({ sort: ['occurredAt'], defaultSort: '-occurredAt' });

export function auditRoutes(app: App): void {
  app.get('/api/v1/audit-events', {
    config: { access: 'audit:read' },
    schema: { tags: ['audit'], summary: 'The audit trail of the organisation, newest first', querystring: auditQuery, response: { 200: pageOf(auditEvent), 400: problemSchema } },
    handler: (req) => req.run(({ tx }) => listAuditEvents(tx, req.query)),
  });
}

/**
 * GET /api/v1/{resource}/{id}/timeline: a record's history from the audit trail. The caller must be
 * able to see the record itself; assertVisible throws not_found otherwise.
 */
export function timelineRoute(app: App, options: { resource: string; entityType: string; access: Permission; assertVisible: (ctx: Ctx, id: string) => Promise<void> }): void {
  app.get(`/api/v1/${options.resource}/:id/timeline`, {
    config: { access: options.access },
    schema: {
      tags: [options.resource],
      summary: `The history of one of the ${options.resource}, newest first`,
      params: idParams,
      querystring: timelineQuery,
      response: { 200: pageOf(auditEvent), 404: problemSchema },
    },
    handler: (req) =>
      req.run(async (ctx) => {
        await options.assertVisible(ctx, req.params.id);
        const { filters: _none, ...rest } = req.query;
        return listAuditEvents(ctx.tx, { ...rest, filters: { entityType: options.entityType, entityId: req.params.id } });
      }),
  });
}

import { activityPage, activityQuery } from '../../../contracts/activity.js';
import { idParams, problemSchema } from '../../../contracts/common.js';
import type { RelatedType } from '../../../contracts/tasks.js';
import { notFound } from '../../kernel/errors.js';
import type { Permission } from '../../platform/access/permissions.js';
import type { App } from '../../platform/http/server.js';
import { recordActivity } from './use-cases/record-activity.js';
import { describeRelated } from './use-cases/resolve-related.js';

/** The resources with a timeline, the record type they hold and who may read them. */
const timelines: { resource: string; type: RelatedType; name: string; access: Permission }[] = [
  { resource: 'accounts', type: 'account', name: 'Account', access: 'accounts:read' },
  { resource: 'contacts', type: 'contact', name: 'Contact', access: 'accounts:read' },
  { resource: 'leads', type: 'lead', name: 'Lead', access: 'leads:read' },
  { resource: 'opportunities', type: 'opportunity', name: 'Opportunity', access: 'opportunities:read' },
  { resource: 'quotes', type: 'quote', name: 'Quote', access: 'quotes:read' },
  { resource: 'orders', type: 'order', name: 'Order', access: 'orders:read' },
  { resource: 'projects', type: 'project', name: 'Project', access: 'projects:read' },
];

/** GET /api/v1/{resource}/{id}/activity: the record's timeline (its audit history alone stays at /timeline). */
export function activityRoutes(app: App): void {
  for (const t of timelines) {
    app.get(`/api/v1/${t.resource}/:id/activity`, {
      config: { access: t.access },
      schema: {
        tags: [t.resource],
        summary:
          t.type === 'account'
            ? 'The account’s diary, newest first: changes, tasks created and completed, notes and time entries of the account and of its contacts, deals, quotes, orders and projects'
            : `The timeline of one of the ${t.resource}, newest first: changes, tasks created and completed, notes and time entries`,
        params: idParams,
        querystring: activityQuery,
        response: { 200: activityPage, 400: problemSchema, 404: problemSchema },
      },
      handler: (req) =>
        req.run(async (ctx) => {
          const record = { type: t.type, id: req.params.id };
          if (!(await describeRelated(ctx, record))) throw notFound(t.name);
          return recordActivity(ctx, record, { limit: req.query.limit, cursor: req.query.cursor, kinds: req.query['filter[kind]'] });
        }),
    });
  }
}

import type pg from 'pg';
import { z } from 'zod';
import type { Clock } from './kernel/clock.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import type { Config } from './platform/config.js';
import type { Db } from './platform/db/database.js';
import { createHttpServer, type App, type RouteRecord } from './platform/http/server.js';
import { authenticator, authRoutes } from './modules/auth/index.js';
import { accountsRoutes } from './modules/accounts/index.js';
import { catalogRoutes } from './modules/catalog/index.js';
import { directoryRoutes } from './modules/directory/index.js';
import { leadsRoutes } from './modules/leads/index.js';
import { opportunitiesModuleRoutes } from './modules/opportunities/index.js';
import { quotesRoutes } from './modules/quotes/index.js';
import { ordersRoutes } from './modules/orders/index.js';
import { assessCredit, billingRoutes } from './modules/billing/index.js';
import { documentRoutes } from './documents/pdf.routes.js';
import { notifyNextActionsDue, stagePlaybook, tasksModuleRoutes } from './modules/tasks/index.js';
import { notificationsRoutes } from './modules/notifications/index.js';

export type AppDeps = { db: Db; pool: pg.Pool; clock: Clock; config: Config };

/** Composes the platform and the modules into one Fastify app (not listening yet). */
export async function buildApp(deps: AppDeps): Promise<{ app: App; routes: RouteRecord[] }> {
  const { app, routes } = await createHttpServer({ ...deps, authenticate: authenticator(deps) });

  app.get('/health', {
    schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable') }) } },
    handler: async (request, reply) => {
      try {
        await deps.pool.query('select 1');
        return { status: 'ok' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'health: database unreachable');
        return reply.status(503).send({ status: 'unavailable' as const });
      }
    },
  });
  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  authRoutes(app, deps);
  directoryRoutes(app);
  accountsRoutes(app);
  opportunitiesModuleRoutes(app, { playbook: stagePlaybook });
  leadsRoutes(app);
  catalogRoutes(app);
  quotesRoutes(app);
  ordersRoutes(app, { assessCredit });
  billingRoutes(app);
  tasksModuleRoutes(app, { pool: deps.pool });
  notificationsRoutes(app, { due: notifyNextActionsDue });
  documentRoutes(app);
  auditRoutes(app);

  await app.ready();
  return { app, routes };
}

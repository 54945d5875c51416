import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import type { Actor } from '../access/actor.js';
import type { RouteAccess } from '../access/permissions.js';
import type { Config } from '../config.js';
import type { Ctx } from '../context.js';
import type { Db } from '../db/database.js';
import { withTenant } from '../db/tenant.js';
import './fastify-types.js';
import { pgRateLimitStore } from './pg-rate-limit-store.js';
import { problem, sendProblem, toProblem } from './problem.js';

export type HttpDeps = {
  db: Db;
  pool: pg.Pool;
  clock: Clock;
  config: Config;
  /** Resolves the caller from the request's session cookie or API key; null when anonymous. */
  authenticate: (request: FastifyRequest) => Promise<Actor | null>;
};

export type App = FastifyInstance<any, any, any, any, ZodTypeProvider>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type RouteRecord = { method: string; url: string; access: RouteAccess | undefined };

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

export async function createHttpServer(deps: HttpDeps): Promise<{ app: App; routes: RouteRecord[] }> {
  const { config } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(config.prettyLogs ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route must say who may call it: the app does not start otherwise.
  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url, access });
    if (!access) throw new Error(`Route ${methods.join(',')} ${route.url} declares no access (config.access).`);
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('run', function run<T>(this: FastifyRequest, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
    const actor = this.actor;
    if (!actor) throw new AppError('unauthenticated', 'Sign in first.');
    return withTenant(deps.db, actor.orgId, actor.userId, (tx) => fn({ tx, actor, clock: deps.clock }));
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    store: pgRateLimitStore(deps.pool),
    errorResponseBuilder: (_request, context) => new AppError('rate_limited', `Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} s.`),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Ciclo API', version: '1', description: 'The HTTP API of Ciclo, the open-source CRM. Errors are RFC 9457 problems.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ciclo_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const actor = await deps.authenticate(request);
    if (!actor) throw new AppError('unauthenticated', 'Sign in, or send an API key as Authorization: Bearer <key>.');
    request.actor = { ...actor, requestId: request.id };
    if (access !== 'signed-in' && !actor.permissions.has(access)) {
      throw new AppError('forbidden', `Your role (${actor.role}) may not do this: it needs ${access}.`);
    }
  });

  app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(error, request)));

  if (existsSync(config.webDir)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: config.webDir, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get the app; a missing file (anything with an extension) is a real 404.
    const path = request.url.split('?')[0]!;
    const wantsPage = request.method === 'GET' && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path) && existsSync(config.webDir);
    if (wantsPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, problem(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });

  return { app, routes };
}

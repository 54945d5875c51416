import { z } from 'zod';
import { apiKey, createApiKeyBody, createdApiKey } from '../../../contracts/api-keys.js';
import { loginBody, loginResponse, meResponse } from '../../../contracts/auth.js';
import { idParams, localeSchema, nameText, problemSchema } from '../../../contracts/common.js';
import type { Actor } from '../../platform/access/actor.js';
import type { App } from '../../platform/http/server.js';
import type { Ctx } from '../../platform/context.js';
import { getProfile, updateProfile } from '../directory/index.js';
import { listApiKeys } from './auth.repository.js';
import { apiKeyDto } from './dto.js';
import { sessionCookie } from './use-cases/authenticate.js';
import { createApiKey } from './use-cases/create-api-key.js';
import { logIn, type LoginDeps } from './use-cases/log-in.js';
import { logOut } from './use-cases/log-out.js';
import { revokeApiKey } from './use-cases/revoke-api-key.js';

const updateMeBody = z.object({ name: nameText(), locale: localeSchema }).partial().strict();

async function me(ctx: Ctx, actor: Actor) {
  return { ...(await getProfile(ctx.tx, actor)), permissions: [...actor.permissions].sort(), csrfToken: actor.csrfToken };
}

export function authRoutes(app: App, deps: LoginDeps): void {
  app.post('/api/v1/auth/login', {
    // Per address and e-mail (after the body is parsed): guessing one account's password is throttled,
    // while colleagues behind one office address do not lock each other out.
    config: {
      access: 'public',
      rateLimit: { max: 10, timeWindow: 60_000, hook: 'preHandler', keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}` },
    },
    schema: {
      tags: ['auth'],
      summary: 'Sign in: sets the HttpOnly session cookie and answers the CSRF token',
      security: [],
      body: loginBody,
      response: { 200: loginResponse, 401: problemSchema, 422: problemSchema, 429: problemSchema },
    },
    handler: async (req, reply) => {
      const session = await logIn(deps, req.body, { ip: req.ip, userAgent: req.headers['user-agent'], requestId: req.id });
      reply.setCookie(sessionCookie, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        expires: session.expiresAt,
      });
      return { user: session.user, csrfToken: session.csrfToken };
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { access: 'signed-in' },
    schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: z.null() } },
    handler: async (req, reply) => {
      await req.run(logOut);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/me', {
    config: { access: 'signed-in' },
    schema: { tags: ['auth'], summary: 'The signed-in user, their organisation, team, permissions and CSRF token', response: { 200: meResponse, 401: problemSchema } },
    handler: (req) => req.run((ctx) => me(ctx, ctx.actor)),
  });

  app.patch('/api/v1/me', {
    config: { access: 'signed-in' },
    schema: { tags: ['auth'], summary: 'Change your own name or language', body: updateMeBody, response: { 200: meResponse, 422: problemSchema } },
    handler: (req) => req.run(async (ctx) => {
      await updateProfile(ctx, req.body);
      return me(ctx, ctx.actor);
    }),
  });

  app.get('/api/v1/api-keys', {
    config: { access: 'api-keys:manage' },
    schema: { tags: ['api-keys'], summary: 'List API keys (never the keys themselves)', response: { 200: z.object({ data: z.array(apiKey), nextCursor: z.null() }) } },
    handler: (req) => req.run(async ({ tx }) => ({ data: (await listApiKeys(tx)).map(apiKeyDto), nextCursor: null })),
  });

  app.post('/api/v1/api-keys', {
    config: { access: 'api-keys:manage' },
    schema: { tags: ['api-keys'], summary: 'Create an API key; the key is in this answer only', body: createApiKeyBody, response: { 201: createdApiKey, 422: problemSchema } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createApiKey(ctx, req.body))),
  });

  app.delete('/api/v1/api-keys/:id', {
    config: { access: 'api-keys:manage' },
    schema: { tags: ['api-keys'], summary: 'Revoke an API key', params: idParams, response: { 204: z.null(), 404: problemSchema } },
    handler: async (req, reply) => {
      await req.run((ctx) => revokeApiKey(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });
}

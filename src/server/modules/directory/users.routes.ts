import { z } from 'zod';
import { idParams, pageOf, problemSchema, roleSchema, uuid } from '../../../contracts/common.js';
import { createUserBody, updateUserBody, user } from '../../../contracts/users.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { userDto } from './dto.js';
import { archiveUser } from './use-cases/archive-user.js';
import { createUser } from './use-cases/create-user.js';
import { updateUser } from './use-cases/update-user.js';
import { findUser, listUsers } from './users.repository.js';

const tags = ['users'];
const usersQuery = listQuery({ sort: ['name', 'email', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { role: roleSchema, teamId: uuid } });
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

export function usersRoutes(app: App): void {
  app.get('/api/v1/users', {
    config: { access: 'users:read' },
    schema: { tags, summary: 'List users', querystring: usersQuery, response: { 200: pageOf(user), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listUsers(tx, req.query);
      return { data: page.data.map(userDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/users', {
    config: { access: 'users:manage' },
    schema: { tags, summary: 'Create a user', body: createUserBody, response: { 201: user, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createUser(ctx, req.body))),
  });

  app.get('/api/v1/users/:id', {
    config: { access: 'users:read' },
    schema: { tags, summary: 'Get a user', params: idParams, response: { 200: user, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx }) => {
      const row = await findUser(tx, req.params.id);
      if (!row) throw notFound('User');
      return withEtag(reply, userDto(row));
    }),
  });

  app.patch('/api/v1/users/:id', {
    config: { access: 'users:manage' },
    schema: { tags, summary: 'Change a user (send If-Match with the version)', params: idParams, body: updateUserBody, response: { 200: user, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateUser(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/users/:id', {
    config: { access: 'users:manage' },
    schema: { tags, summary: 'Archive a user (they can no longer sign in)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveUser(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'users',
    entityType: 'users',
    access: 'users:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findUser(tx, id))) throw notFound('User');
    },
  });
}

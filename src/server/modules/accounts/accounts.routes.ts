import { z } from 'zod';
import { account, accountLifecycles, createAccountBody, updateAccountBody } from '../../../contracts/accounts.js';
import { idParams, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { listAccounts } from './accounts.repository.js';
import { accountDto } from './dto.js';
import { archiveAccount } from './use-cases/archive-account.js';
import { createAccount } from './use-cases/create-account.js';
import { getVisibleAccount } from './use-cases/find-visible.js';
import { updateAccount } from './use-cases/update-account.js';

const tags = ['accounts'];
const accountsQuery = listQuery({
  sort: ['name', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  filters: { ownerId: uuid, territoryId: uuid, lifecycle: z.enum(accountLifecycles) },
});
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

export function accountsRoutes(app: App): void {
  app.get('/api/v1/accounts', {
    config: { access: 'accounts:read' },
    schema: {
      tags,
      summary: 'List the accounts you can see (q searches name, legal name, tax id, e-mail and city)',
      querystring: accountsQuery,
      response: { 200: pageOf(account), 400: problemSchema },
    },
    handler: (req) => req.run(async ({ tx, actor }) => {
      const page = await listAccounts(tx, actor, req.query);
      return { data: page.data.map(accountDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/accounts', {
    config: { access: 'accounts:write' },
    schema: { tags, summary: 'Create an account (customer company)', body: createAccountBody, response: { 201: account, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createAccount(ctx, req.body))),
  });

  app.get('/api/v1/accounts/:id', {
    config: { access: 'accounts:read' },
    schema: { tags, summary: 'Get an account', params: idParams, response: { 200: account, 404: problemSchema } },
    handler: (req, reply) => req.run(async (ctx) => withEtag(reply, await getVisibleAccount(ctx, req.params.id))),
  });

  app.patch('/api/v1/accounts/:id', {
    config: { access: 'accounts:write' },
    schema: { tags, summary: 'Change an account (send If-Match with the version)', params: idParams, body: updateAccountBody, response: { 200: account, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateAccount(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/accounts/:id', {
    config: { access: 'accounts:write' },
    schema: { tags, summary: 'Archive an account (its contacts stay)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveAccount(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'accounts',
    entityType: 'accounts',
    access: 'accounts:read',
    assertVisible: async (ctx, id) => {
      await getVisibleAccount(ctx, id);
    },
  });
}

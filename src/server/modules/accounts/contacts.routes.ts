import { z } from 'zod';
import { contact, createContactBody, updateContactBody } from '../../../contracts/accounts.js';
import { idParams, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { listContacts } from './accounts.repository.js';
import { contactDto } from './dto.js';
import { archiveContact } from './use-cases/archive-contact.js';
import { createContact } from './use-cases/create-contact.js';
import { getVisibleContact } from './use-cases/find-visible.js';
import { updateContact } from './use-cases/update-contact.js';

const tags = ['contacts'];
const contactsQuery = listQuery({ sort: ['lastName', 'createdAt', 'updatedAt'], defaultSort: 'lastName', filters: { accountId: uuid, ownerId: uuid } });
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

// Access to contacts follows their account: the same permissions, and a contact is visible when its account is.
export function contactsRoutes(app: App): void {
  app.get('/api/v1/contacts', {
    config: { access: 'accounts:read' },
    schema: {
      tags,
      summary: 'List the contacts of the accounts you can see (q searches names, e-mail and phones)',
      querystring: contactsQuery,
      response: { 200: pageOf(contact), 400: problemSchema },
    },
    handler: (req) => req.run(async ({ tx, actor }) => {
      const page = await listContacts(tx, actor, req.query);
      return { data: page.data.map(contactDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/contacts', {
    config: { access: 'accounts:write' },
    schema: { tags, summary: 'Add a contact to an account (isPrimary demotes the account’s other primary contact)', body: createContactBody, response: { 201: contact, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createContact(ctx, req.body))),
  });

  app.get('/api/v1/contacts/:id', {
    config: { access: 'accounts:read' },
    schema: { tags, summary: 'Get a contact', params: idParams, response: { 200: contact, 404: problemSchema } },
    handler: (req, reply) => req.run(async (ctx) => withEtag(reply, await getVisibleContact(ctx, req.params.id))),
  });

  app.patch('/api/v1/contacts/:id', {
    config: { access: 'accounts:write' },
    schema: { tags, summary: 'Change a contact (send If-Match with the version)', params: idParams, body: updateContactBody, response: { 200: contact, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateContact(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/contacts/:id', {
    config: { access: 'accounts:write' },
    schema: { tags, summary: 'Archive a contact', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveContact(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'contacts',
    entityType: 'contacts',
    access: 'accounts:read',
    assertVisible: async (ctx, id) => {
      await getVisibleContact(ctx, id);
    },
  });
}

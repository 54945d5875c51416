import { contact, createContactBody, updateContactBody } from '../../../contracts/accounts.js';
import { uuid } from '../../../contracts/common.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { listContacts } from './accounts.repository.js';
import { contactDto } from './dto.js';
import { archiveContact } from './use-cases/archive-contact.js';
import { createContact } from './use-cases/create-contact.js';
import { findVisibleContact } from './use-cases/find-visible.js';
import { updateContact } from './use-cases/update-contact.js';

export function contactsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'contacts',
    name: 'Contact',
    access: { read: 'accounts:read', write: 'accounts:write' },
    record: contact,
    get: findVisibleContact,
    list: {
      query: listQuery({ sort: ['lastName', 'createdAt', 'updatedAt'], defaultSort: 'lastName', filters: { accountId: uuid, ownerId: uuid } }),
      summary: 'List the contacts of the accounts you can see (q searches names, e-mail and phones)',
      load: async ({ tx, actor }, query) => {
        const page = await listContacts(tx, actor, query);
        return { data: page.data.map(contactDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createContactBody, summary: 'Add a contact to an account (isPrimary demotes the account’s other primary contact)', run: createContact },
    update: { body: updateContactBody, summary: 'Change a contact', run: updateContact },
    archive: { summary: 'Archive a contact', run: archiveContact },
  });
}

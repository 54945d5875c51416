import { z } from 'zod';
import { account, accountLifecycles, createAccountBody, updateAccountBody } from '../../../contracts/accounts.js';
import { uuid } from '../../../contracts/common.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { listAccounts } from './accounts.repository.js';
import { accountDto } from './dto.js';
import { archiveAccount } from './use-cases/archive-account.js';
import { createAccount } from './use-cases/create-account.js';
import { findVisibleAccount } from './use-cases/find-visible.js';
import { updateAccount } from './use-cases/update-account.js';

export function accountsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'accounts',
    name: 'Account',
    access: { read: 'accounts:read', write: 'accounts:write' },
    record: account,
    get: findVisibleAccount,
    list: {
      query: listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { ownerId: uuid, territoryId: uuid, lifecycle: z.enum(accountLifecycles) } }),
      summary: 'List the accounts you can see (q searches name, legal name, tax id, e-mail and city)',
      load: async ({ tx, actor }, query) => {
        const page = await listAccounts(tx, actor, query);
        return { data: page.data.map(accountDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createAccountBody, summary: 'Create an account (customer company)', run: createAccount },
    update: { body: updateAccountBody, summary: 'Change an account', run: updateAccount },
    archive: { summary: 'Archive an account (its contacts stay)', run: archiveAccount },
  });
}

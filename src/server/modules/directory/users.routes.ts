import { roleSchema, uuid } from '../../../contracts/common.js';
import { createUserBody, updateUserBody, user } from '../../../contracts/users.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { userDto } from './dto.js';
import { archiveUser } from './use-cases/archive-user.js';
import { createUser } from './use-cases/create-user.js';
import { updateUser } from './use-cases/update-user.js';
import { findUser, listUsers } from './users.repository.js';

export function usersRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'users',
    name: 'User',
    access: { read: 'users:read', write: 'users:manage' },
    record: user,
    get: async ({ tx }, id) => {
      const row = await findUser(tx, id);
      return row && userDto(row);
    },
    list: {
      query: listQuery({ sort: ['name', 'email', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { role: roleSchema, teamId: uuid } }),
      summary: 'List users',
      load: async ({ tx }, query) => {
        const page = await listUsers(tx, query);
        return { data: page.data.map(userDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createUserBody, summary: 'Create a user', run: createUser },
    update: { body: updateUserBody, summary: 'Change a user', run: updateUser },
    archive: { summary: 'Archive a user (they can no longer sign in)', run: archiveUser },
  });
}

import { z } from 'zod';
import { createTaskTypeBody, taskKinds, taskType, updateTaskTypeBody } from '../../../contracts/tasks.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { taskTypeDto } from './dto.js';
import { findTaskType, listTaskTypes } from './task-types.repository.js';
import { archiveTaskType } from './use-cases/archive-task-type.js';
import { createTaskType } from './use-cases/create-task-type.js';
import { updateTaskType } from './use-cases/update-task-type.js';

const taskTypesQuery = listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { kind: z.enum(taskKinds) } });

export function taskTypesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'task-types',
    name: 'Task type',
    access: { read: 'tasks:read', write: 'task-types:manage' },
    record: taskType,
    get: async ({ tx }, id) => {
      const row = await findTaskType(tx, id);
      return row && taskTypeDto(row);
    },
    list: {
      query: taskTypesQuery,
      summary: 'List the task types (everyone reads them)',
      load: async ({ tx }, query) => {
        const page = await listTaskTypes(tx, query);
        return { data: page.data.map(taskTypeDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createTaskTypeBody, summary: 'Create a task type: its kind, default priority, duration, controller and recurrence, and its assignment rule', run: createTaskType },
    update: { body: updateTaskTypeBody, summary: 'Change a task type (tasks already created keep their values)', run: updateTaskType },
    archive: { summary: 'Archive a task type (not while a playbook uses it); no new tasks of it', run: archiveTaskType },
  });
}

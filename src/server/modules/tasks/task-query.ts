import { z } from 'zod';
import { isoDate, uuid } from '../../../contracts/common.js';
import { relatedTypes, taskKinds, taskPriorities, taskStatuses } from '../../../contracts/tasks.js';
import { listQuery } from '../../platform/http/collection.js';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The task explorer's query (GET /tasks); saved views are checked against it too. */
export const tasksQuery = listQuery({
  sort: ['dueDate', 'nextActionDate', 'priority', 'createdAt', 'updatedAt'],
  defaultSort: 'dueDate',
  filters: {
    assigneeId: uuid,
    controllerId: uuid,
    mine: z.enum(['todo', 'control']).describe('todo: tasks you do; control: tasks you control (open ones unless filter[status] says otherwise)'),
    overdue: flag,
    status: z.enum(taskStatuses),
    priority: z.enum(taskPriorities),
    kind: z.enum(taskKinds),
    taskTypeId: uuid,
    relatedType: z.enum(relatedTypes),
    relatedId: uuid,
    accountId: uuid.describe('Tasks on the account or on anything of it'),
    projectId: uuid,
    dueFrom: isoDate,
    dueTo: isoDate,
    nextActionFrom: isoDate,
    nextActionTo: isoDate,
  },
});

import { z } from 'zod';
import { uuid } from '../../../contracts/common.js';
import { createTaskViewBody, taskView, updateTaskViewBody } from '../../../contracts/task-views.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { taskViewDto } from './dto.js';
import { findTaskView, listTaskViews } from './task-views.repository.js';
import { archiveTaskView } from './use-cases/archive-task-view.js';
import { createTaskView } from './use-cases/create-task-view.js';
import { updateTaskView } from './use-cases/update-task-view.js';

const taskViewsQuery = listQuery({
  sort: ['name', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  filters: { shared: z.enum(['true', 'false']).transform((v) => v === 'true'), ownerId: uuid },
});

/** Saved views of the task explorer: anyone who reads tasks keeps their own and uses the shared ones. */
export function taskViewsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'task-views',
    name: 'Task view',
    access: { read: 'tasks:read', write: 'tasks:read' },
    record: taskView,
    get: async ({ tx, actor }, id) => {
      const row = await findTaskView(tx, actor, id);
      return row && taskViewDto(row);
    },
    list: {
      query: taskViewsQuery,
      summary: 'Your saved task views and those shared with the organisation',
      load: async ({ tx, actor }, query) => {
        const page = await listTaskViews(tx, actor, query);
        return { data: page.data.map(taskViewDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createTaskViewBody, summary: 'Save the task explorer’s filters, sort and search as a view (private unless shared)', run: createTaskView },
    update: { body: updateTaskViewBody, summary: 'Change one of your views', run: updateTaskView },
    archive: { summary: 'Archive one of your views', run: archiveTaskView },
  });
}

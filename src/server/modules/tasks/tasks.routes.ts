import { z } from 'zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import { cancelTaskBody, completeTaskBody, createTaskBody, task, updateTaskBody } from '../../../contracts/tasks.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { todayOf } from './domain/task-rules.js';
import { taskDto } from './dto.js';
import { tasksQuery } from './task-query.js';
import { findTask, listTasks } from './tasks.repository.js';
import { archiveTask } from './use-cases/archive-task.js';
import { changeTaskStatus, type TaskChange } from './use-cases/change-task-status.js';
import { createTask } from './use-cases/create-task.js';
import { updateTask } from './use-cases/update-task.js';

const tags = ['tasks'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

export function tasksRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'tasks',
    name: 'Task',
    access: { read: 'tasks:read', write: 'tasks:write' },
    record: task,
    get: async ({ tx, actor, clock }, id) => {
      const row = await findTask(tx, actor, id);
      return row && taskDto(row, todayOf(clock.now()));
    },
    list: {
      query: tasksQuery,
      summary: 'The task explorer: tasks you do, control or created (and your team’s, for a manager); dates sort with undated tasks last; priority sorts urgent first',
      load: async ({ tx, actor, clock }, query) => {
        const today = todayOf(clock.now());
        const page = await listTasks(tx, actor, query, today);
        return { data: page.data.map((r) => taskDto(r, today)), nextCursor: page.nextCursor };
      },
    },
    create: { body: createTaskBody, summary: 'Create a task on a record you may see; its type fills what you leave out and picks the assignee by its rule', run: createTask },
    update: { body: updateTaskBody, summary: 'Change an open task', run: updateTask },
    archive: { summary: 'Archive a task', run: archiveTask },
  });

  const action = <B extends z.ZodType>(name: TaskChange['action'], summary: string, body: B | undefined, change: (body: z.output<B> | undefined) => TaskChange) => {
    app.post(`/api/v1/tasks/:id/${name}`, {
      config: { access: 'tasks:write' },
      schema: { tags, summary, params: idParams, ...(body ? { body: body.nullish() } : {}), response: { 200: task, ...errors } },
      handler: (req, reply) => {
        const version = expectedVersion(req);
        return req.run(async (ctx) => withEtag(reply, await changeTaskStatus(ctx, req.params.id, change((req.body ?? undefined) as z.output<B> | undefined), version)));
      },
    });
  };
  action('start', 'Start a pending task', undefined, () => ({ action: 'start' }));
  action('complete', 'Complete a pending or started task, with its outcome; a recurring task gets its next occurrence (nextOccurrenceId)', completeTaskBody, (b) => ({ action: 'complete', outcome: b?.outcome }));
  action('cancel', 'Cancel a pending or started task, with a reason', cancelTaskBody, (b) => ({ action: 'cancel', reason: b?.reason }));
  action('reopen', 'Reopen a done or cancelled task (back to pending)', undefined, () => ({ action: 'reopen' }));
}

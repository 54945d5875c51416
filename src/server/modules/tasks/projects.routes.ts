import { z } from 'zod';
import { idParams, problemSchema, uuid } from '../../../contracts/common.js';
import { createProjectBody, project, projectKinds, projectStatuses, updateProjectBody } from '../../../contracts/projects.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { listProjects } from './projects.repository.js';
import { archiveProject } from './use-cases/archive-project.js';
import { changeProjectStatus, type ProjectAction } from './use-cases/change-project-status.js';
import { createProject } from './use-cases/create-project.js';
import { getProject, projectsWithCounts } from './use-cases/read-projects.js';
import { updateProject } from './use-cases/update-project.js';

const tags = ['projects'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const projectsQuery = listQuery({
  sort: ['name', 'createdAt', 'updatedAt'],
  defaultSort: '-createdAt',
  filters: { accountId: uuid, ownerId: uuid, kind: z.enum(projectKinds), status: z.enum(projectStatuses) },
});

export function projectsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'projects',
    name: 'Project',
    access: { read: 'projects:read', write: 'projects:write' },
    record: project,
    get: getProject,
    list: {
      query: projectsQuery,
      summary: 'List the projects you may see, with the counts of their tasks by status',
      load: async (ctx, query) => {
        const page = await listProjects(ctx.tx, ctx.actor, query);
        return { data: await projectsWithCounts(ctx, page.data), nextCursor: page.nextCursor };
      },
    },
    create: { body: createProjectBody, summary: 'Create a commercial or delivery project for an account', run: createProject },
    update: { body: updateProjectBody, summary: 'Change an active project', run: updateProject },
    archive: { summary: 'Archive a project', run: archiveProject },
  });

  const summaries: Record<ProjectAction, string> = {
    complete: 'Mark an active project completed',
    cancel: 'Cancel an active project',
    reopen: 'Reopen a completed or cancelled project',
  };
  for (const action of ['complete', 'cancel', 'reopen'] as const) {
    app.post(`/api/v1/projects/:id/${action}`, {
      config: { access: 'projects:write' },
      schema: { tags, summary: summaries[action], params: idParams, response: { 200: project, ...errors } },
      handler: (req, reply) => {
        const version = expectedVersion(req);
        return req.run(async (ctx) => withEtag(reply, await changeProjectStatus(ctx, req.params.id, action, version)));
      },
    });
  }
}

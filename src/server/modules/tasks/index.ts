import type { App } from '../../platform/http/server.js';
import { playbookRoutes } from './playbook.routes.js';
import { projectsRoutes } from './projects.routes.js';
import { taskTypesRoutes } from './task-types.routes.js';
import { tasksRoutes } from './tasks.routes.js';
import { timeEntriesRoutes } from './time-entries.routes.js';

export { createTask } from './use-cases/create-task.js';
/** The playbook the opportunities module runs when a deal moves (wired in app.ts). */
export { stagePlaybook } from './use-cases/stage-playbook.js';

/** Task types, tasks, projects, time entries and the pipelines' playbooks: /api/v1/task-types, /tasks, /projects, /time-entries. */
export function tasksModuleRoutes(app: App): void {
  taskTypesRoutes(app);
  tasksRoutes(app);
  projectsRoutes(app);
  timeEntriesRoutes(app);
  playbookRoutes(app);
}

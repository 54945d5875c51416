import type pg from 'pg';
import type { App } from '../../platform/http/server.js';
import { activityRoutes } from './activity.routes.js';
import { calendarRoutes } from './calendar.routes.js';
import { notesRoutes } from './notes.routes.js';
import { playbookRoutes } from './playbook.routes.js';
import { projectsRoutes } from './projects.routes.js';
import { taskTypesRoutes } from './task-types.routes.js';
import { taskViewsRoutes } from './task-views.routes.js';
import { tasksRoutes } from './tasks.routes.js';
import { timeEntriesRoutes } from './time-entries.routes.js';

export { createTask } from './use-cases/create-task.js';
/** The playbook the opportunities module runs when a deal moves (wired in app.ts). */
export { stagePlaybook } from './use-cases/stage-playbook.js';
/** Next-action dates reached, written before a user reads their notifications (wired in app.ts). */
export { notifyNextActionsDue } from './use-cases/notify-next-actions-due.js';
/** A record's timeline (changes, tasks, notes, time entries), e.g. for the account dossier. */
export { recordActivity } from './use-cases/record-activity.js';
/** An account's latest time entries with task subjects and people's names, for its dossier. */
export { recentTimeEntriesOf, type RecentTimeEntry } from './use-cases/recent-time-entries.js';

/**
 * Task types, tasks, saved views, calendar feeds, projects, time entries, notes, record timelines and the
 * pipelines' playbooks: /api/v1/task-types, /tasks, /task-views, /me/calendar-feed, /projects, /time-entries, /notes, /{resource}/{id}/activity.
 */
export function tasksModuleRoutes(app: App, deps: { pool: pg.Pool }): void {
  taskTypesRoutes(app);
  tasksRoutes(app);
  taskViewsRoutes(app);
  calendarRoutes(app, deps);
  projectsRoutes(app);
  timeEntriesRoutes(app);
  notesRoutes(app);
  activityRoutes(app);
  playbookRoutes(app);
}

import type { Project, TaskCounts } from '../../../../contracts/projects.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { noTasks, projectDto } from '../dto.js';
import { findProject, type ProjectRow } from '../projects.repository.js';
import { countTasksByProject } from '../tasks.repository.js';

const countKey = { pending: 'pending', in_progress: 'inProgress', done: 'done', cancelled: 'cancelled' } as const;

/** Projects as the API shows them, with the counts of their tasks by status (one query for the lot). */
export async function projectsWithCounts(ctx: Pick<Ctx, 'tx'>, rows: ProjectRow[]): Promise<Project[]> {
  const counts = new Map<string, TaskCounts>();
  for (const c of await countTasksByProject(ctx.tx, rows.map((r) => r.id))) {
    const current = counts.get(c.projectId) ?? { ...noTasks };
    current[countKey[c.status]] = c.n;
    counts.set(c.projectId, current);
  }
  return rows.map((r) => projectDto(r, counts.get(r.id) ?? { ...noTasks }));
}

export async function getProject(ctx: Ctx, id: string): Promise<Project | undefined> {
  const row = await findProject(ctx.tx, ctx.actor, id);
  return row && (await projectsWithCounts(ctx, [row]))[0];
}

/** The project if the caller may see it, locked for the command; archived projects do not change. */
export async function loadProject(ctx: Ctx, id: string): Promise<ProjectRow> {
  const row = await findProject(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Project');
  if (row.archivedAt) throw new AppError('invalid_state', 'The project is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return row;
}

import type { ProjectStatus } from '../../../../contracts/projects.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertProjectAllows } from '../domain/task-rules.js';
import { updateProjectRow } from '../projects.repository.js';
import { loadProject, projectsWithCounts } from './read-projects.js';

export type ProjectAction = 'complete' | 'cancel' | 'reopen';

const target: Record<ProjectAction, ProjectStatus> = { complete: 'completed', cancel: 'cancelled', reopen: 'active' };

/** complete or cancel an active project; reopen a completed or cancelled one. Its tasks stay as they are. */
export async function changeProjectStatus(ctx: Ctx, id: string, action: ProjectAction, expectedVersion?: number) {
  const before = await loadProject(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertProjectAllows(before.status, action);
  const after = await updateProjectRow(ctx.tx, id, { status: target[action], closedAt: action === 'reopen' ? null : ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'projects', entityId: id, action: 'transition', before: { ...before }, after: { ...after } });
  return (await projectsWithCounts(ctx, [after]))[0]!;
}
